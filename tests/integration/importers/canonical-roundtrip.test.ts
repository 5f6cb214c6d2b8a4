import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { exportGraphDocument } from '../../../src/db/export-graph-document';
import { formatJson, formatNdjson } from '../../../src/importers/canonical/format-graph-document';
import { readGraphDocument } from '../../../src/importers/canonical/read-graph-document';
import { parseImportFile } from '../../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';
import { writeGraphDocument } from '../../../src/db/write/write-graph-document';
import { graphCounts } from '../../support/graph-counts';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

describe('the canonical format', () => {
  let db: TestDatabase;
  const root = findRootDir();
  const vocabulary = loadTopicVocabulary(path.join(root, 'seed', 'topics.json'));

  beforeAll(async () => {
    db = await connectTestDatabase();
    await applyMigrations(db.executor);
  });
  afterAll(() => db.close());

  it.each([
    ['NDJSON', formatNdjson],
    ['JSON', formatJson],
  ])('export (%s), wipe, import reproduces the same graph', async (_name, format) => {
    await db.clear();
    await writeGraphDocument(db.executor, parseImportFile(path.join(root, 'seed', 'bio.txt'), 'bio', vocabulary).document);
    const first = await exportGraphDocument(db.executor);
    const countsBefore = await graphCounts(db);
    const text = format(first);

    await db.clear();
    expect(await graphCounts(db)).toEqual({});
    const report = await writeGraphDocument(db.executor, readGraphDocument(text, 'roundtrip'));
    expect(report.rejected).toEqual([]);

    expect(await graphCounts(db)).toEqual(countsBefore);
    expect(await exportGraphDocument(db.executor)).toEqual(first);
  });

  it('rejects bad records with their line and reason, imports the rest, and reports parsed = imported + rejected', async () => {
    await db.clear();
    const lines = [
      '{"kind":"header","format":"collabgraph/v1","source":"hand-made"}',
      '{"kind":"person","id":"person:ada-lovelace","name":"Ada Lovelace"}',
      '{"kind":"person","id":"orcid:0000-0002-1825-0098","name":"Bad Checksum","orcid":"0000-0002-1825-0098"}',
      '{"kind":"person","id":"person:rtl","name":"Eve \\u202Eevil\\u0007"}',
      '{"kind":"paper","id":"paper:notes","title":"Notes <script>alert(1)</script>","year":1843,"authors":[{"person":"person:ada-lovelace","position":1,"equalContribution":false,"rawName":"Ada Lovelace"}]}',
      '{"kind":"paper","id":"paper:future","title":"From the future","year":99999,"authors":[]}',
      '{"kind":"paper","id":"paper:ghost","title":"Ghost","authors":[{"person":"person:nobody","position":1,"equalContribution":false,"rawName":"Nobody"}]}',
      '{"kind":"paper","id":"doi:bad","title":"Bad DOI","doi":"not-a-doi","authors":[]}',
    ];
    const report = await writeGraphDocument(db.executor, readGraphDocument(lines.join('\n'), 'x'));
    expect(report.rejected).toEqual([
      { line: 3, record: 'person "Bad Checksum"', reason: 'ORCID 0000-0002-1825-0098 is not valid (bad format or checksum)' },
      { line: 4, record: 'person "Eve \u202Eevil\u0007"', reason: expect.stringContaining('name must be well-formed text') },
      { line: 6, record: 'paper "From the future"', reason: 'year must not be greater than 2100' },
      { line: 8, record: 'paper "Bad DOI"', reason: expect.stringContaining('doi must look like 10.NNNN/suffix') },
      { line: 7, record: 'paper "Ghost"', reason: 'refers to unknown person person:nobody' },
    ]);
    expect(report.parsed).toMatchObject({ people: 3, papers: 4 });
    expect(report.nodes.Person.created + report.rejected.filter((r) => r.record.startsWith('person')).length).toBe(3);
    expect(report.nodes.Paper.created + report.rejected.filter((r) => r.record.startsWith('paper')).length).toBe(4);
    const counts = await graphCounts(db);
    expect(counts).toMatchObject({ '(:Person)': 1, '(:Paper)': 1, '[:AUTHORED]': 1 });
    // Markup is stored as inert text, exactly as given.
    const [row] = await db.executor.read<{ title: string }>({ name: 't', cypher: 'MATCH (p:Paper) RETURN p.title AS title', params: {} });
    expect(row.title).toBe('Notes <script>alert(1)</script>');
  });

  it('refuses structurally broken input with a clear error and writes nothing', () => {
    expect(() => readGraphDocument('{"kind":"header","format":"collabgraph/v1"}\n{"kind":"person", nope}', 'x')).toThrow(/^line 2: not valid JSON/);
    expect(() => readGraphDocument('{"format":"other/v9"}', 'x')).toThrow('"format" must be "collabgraph/v1"');
    expect(() => readGraphDocument('{"kind":"spaceship"}', 'x')).toThrow(/line 1: unknown "kind" "spaceship"/);
  });

  it('refuses a binary file with a clear error', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-bin-')), 'junk.txt');
    fs.writeFileSync(file, Buffer.from([0x50, 0x00, 0xff, 0x00, 0x13]));
    expect(() => parseImportFile(file, 'bio', vocabulary)).toThrow(/is not text \(it holds NUL bytes\)/);
  });
});
