/**
 * DBLP XML, OpenAlex (API page and JSON Lines, gzipped too), CSL-JSON and RIS through the one
 * import pipeline: format detection, the parser, topic tagging, the write module. Each file's
 * papers are imported or rejected, a second run changes nothing, and a broken file writes nothing.
 */
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { GraphWriter } from '../../../src/db/write/graph-writer';
import { ImportReport, mergeReports, totalOutcomes } from '../../../src/db/write/write-graph-document';
import { detectFormat, readImportFile } from '../../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';
import { graphCounts } from '../../support/graph-counts';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

const root = findRootDir();
const fixture = (...parts: string[]) => path.join(root, 'tests', 'fixtures', ...parts);
const vocabulary = loadTopicVocabulary(path.join(root, 'seed', 'topics.json'));

const FILES: Array<[string, string]> = [
  [fixture('dblp', 'excerpt.xml'), 'dblp'],
  [fixture('dblp', 'person-keim.xml'), 'dblp'],
  [fixture('openalex', 'works-page.json'), 'openalex'],
  [fixture('openalex', 'works-snapshot.jsonl'), 'openalex'],
  [fixture('openalex', 'works-snapshot.jsonl.gz'), 'openalex'],
  [fixture('csl', 'zotero-export.json'), 'csl'],
  [fixture('csl', 'crossref-list.json'), 'csl'],
  [fixture('ris', 'zotero.ris'), 'ris'],
  [fixture('ris', 'scopus.ris'), 'ris'],
];

async function importFile(writer: GraphWriter, file: string, recordsPerChunk?: number): Promise<ImportReport> {
  let report: ImportReport | undefined;
  for await (const item of readImportFile(file, detectFormat(file), vocabulary, recordsPerChunk)) {
    // Only the write module's rejects: what the parser could not read is its own tests' business.
    const chunk = await writer.importDocument(item.document, { resolveIdentities: true });
    report = report ? mergeReports(report, chunk) : chunk;
  }
  return report!;
}

describe('bibliography formats through the import pipeline', () => {
  let db: TestDatabase;
  let writer: GraphWriter;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.clear();
    await applyMigrations(db.executor);
    writer = new GraphWriter(db.executor);
  });
  afterAll(() => db.close());

  it.each(FILES)('%s is detected as %s', (file, format) => {
    expect(detectFormat(file)).toBe(format);
  });

  it.each(FILES)('%s: every parsed paper is written, and a second run changes nothing', async (file) => {
    const report = await importFile(writer, file, 2);
    const papers = report.nodes.Paper;
    expect(papers).toBeDefined();
    expect(papers.created + papers.updated + papers.unchanged).toBe(report.parsed.papers);
    expect(report.parsed.papers).toBeGreaterThan(0);
    // What a parser produces always passes the write module's validation.
    expect(report.rejected).toEqual([]);

    const before = await graphCounts(db);
    const again = await importFile(writer, file, 2);
    expect(totalOutcomes(again.nodes).created + totalOutcomes(again.relationships).created).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
  });

  it.each([
    [fixture('dblp', 'truncated.xml'), /line \d+, column \d+/],
    [fixture('dblp', 'wrong-root.xml'), /line \d+/],
    [fixture('openalex', 'broken-truncated-page.json'), /position|line/],
    [fixture('csl', 'broken-truncated.json'), /position|line/],
    [fixture('ris', 'unterminated.ris'), /line \d+/],
  ])('%s: a one-line error with its position, and nothing of the broken record written', async (file, position) => {
    const fresh = await connectTestDatabase();
    try {
      const before = await graphCounts(fresh);
      // Chunks of one record: whatever completed before the break may be written, the broken record never is.
      const error = await importFile(new GraphWriter(fresh.executor), file, 1).then(
        () => undefined,
        (thrown: unknown) => thrown as Error,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error!.message).toMatch(position);
      expect(error!.message).not.toContain('\n');
      const after = await graphCounts(fresh);
      if (!file.endsWith('truncated.xml')) expect(after).toEqual(before);
    } finally {
      await fresh.close();
    }
  });
});
