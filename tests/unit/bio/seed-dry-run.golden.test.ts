import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { parseImportFile } from '../../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';

/**
 * `npm run seed -- --dry-run` prints exactly this. When the parser or the vocabulary changes
 * on purpose, regenerate: npm run -s seed -- --dry-run > tests/fixtures/golden/bio.dry-run.json
 */
describe('npm run seed -- --dry-run', () => {
  it('matches the golden file', () => {
    const root = findRootDir();
    const parsed = parseImportFile(path.join(root, 'seed', 'bio.txt'), 'bio', loadTopicVocabulary(path.join(root, 'seed', 'topics.json')));
    const golden = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'golden', 'bio.dry-run.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(parsed.document))).toEqual(golden);
  });

  it('the seed bio is the shared one', () => {
    const root = findRootDir();
    const shared = path.join(root, '..', 'shared', 'seed', 'bio.txt');
    if (!fs.existsSync(shared)) return; // outside the workspace layout there is nothing to compare
    expect(fs.readFileSync(path.join(root, 'seed', 'bio.txt'), 'utf8')).toBe(fs.readFileSync(shared, 'utf8'));
  });
});
