import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { parseImportFile } from '../../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';
import { writeGraphDocument } from '../../../src/db/write/write-graph-document';
import type { TestDatabase } from '../../support/test-database';

/** Empties the test database and imports seed/bio.txt through the real import pipeline. */
export async function seedBio(db: TestDatabase): Promise<void> {
  const root = findRootDir();
  await db.clear();
  await applyMigrations(db.executor);
  const vocabulary = loadTopicVocabulary(path.join(root, 'seed', 'topics.json'));
  const report = await writeGraphDocument(db.executor, parseImportFile(path.join(root, 'seed', 'bio.txt'), 'bio', vocabulary).document);
  if (report.rejected.length) throw new Error(`the bio import rejected ${report.rejected.length} records`);
}
