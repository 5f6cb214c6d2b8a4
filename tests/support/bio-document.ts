/**
 * The seed bio (seed/bio.txt) parsed with the seed's topic vocabulary, as `npm start` imports
 * it: what the API tests that need real data start their fixture API over.
 */
import path from 'node:path';
import { findRootDir } from '../../src/config';
import type { GraphDocument } from '../../src/graph/graph-document';
import { parseImportFile } from '../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../src/importers/topics/topic-vocabulary';

export function readBioDocument(): GraphDocument {
  const root = findRootDir();
  const vocabulary = loadTopicVocabulary(path.join(root, 'seed', 'topics.json'));
  return parseImportFile(path.join(root, 'seed', 'bio.txt'), 'bio', vocabulary).document;
}
