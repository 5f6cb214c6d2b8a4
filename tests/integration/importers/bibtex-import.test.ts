import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { parseImportFile } from '../../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';
import { totalOutcomes, writeGraphDocument } from '../../../src/db/write/write-graph-document';
import { graphCounts } from '../../support/graph-counts';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

describe('importing the BibTeX test corpus', () => {
  let db: TestDatabase;
  const root = findRootDir();
  const vocabulary = loadTopicVocabulary(path.join(root, 'seed', 'topics.json'));
  const corpus = fs
    .readdirSync(path.join(root, 'tests', 'fixtures', 'bibtex'))
    .filter((file) => file.endsWith('.bib'))
    .sort();

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.clear();
    await applyMigrations(db.executor);
  });
  afterAll(() => db.close());

  it.each(corpus)('%s: parsed = imported + rejected, and a second run changes nothing', async (file) => {
    const parsed = parseImportFile(path.join(root, 'tests', 'fixtures', 'bibtex', file), 'bibtex', vocabulary);
    const report = await writeGraphDocument(db.executor, parsed.document);
    const paperOutcomes = report.nodes.Paper;
    const writtenPapers = paperOutcomes.created + paperOutcomes.updated + paperOutcomes.unchanged;
    const rejectedPapers = report.rejected.filter((reject) => reject.record.startsWith('paper')).length;
    expect(writtenPapers + rejectedPapers).toBe(report.parsed.papers);

    const before = await graphCounts(db);
    const again = await writeGraphDocument(db.executor, parseImportFile(path.join(root, 'tests', 'fixtures', 'bibtex', file), 'bibtex', vocabulary).document);
    expect(totalOutcomes(again.nodes).created + totalOutcomes(again.relationships).created).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('stores LaTeX accents as Unicode and authors in order', async () => {
    const rows = await db.executor.read<{ name: string }>({
      name: 't',
      cypher: "MATCH (p:Person) WHERE p.name CONTAINS 'ö' OR p.name CONTAINS 'é' RETURN p.name AS name ORDER BY name LIMIT 3",
      params: {},
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.name).not.toMatch(/[\\{}]/);
  });
});
