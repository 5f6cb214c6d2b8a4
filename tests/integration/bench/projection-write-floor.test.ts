/**
 * The projection write floor (bench/projection-write-floor.ts) times three builds of COAUTHOR; its
 * ratios mean something only if the three leave the relationships the import left, and those are
 * the document's co-authorships. Run on a small synthetic graph; nothing is timed here.
 */
import { coauthorPairs, measureProjectionWriteFloor } from '../../../bench/projection-write-floor';
import { generateSyntheticGraph } from '../../../bench/generate-synthetic';
import { applyMigrations } from '../../../src/db/migrations';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

let db: TestDatabase;

beforeAll(async () => {
  db = await connectTestDatabase();
  await applyMigrations(db.executor);
});
afterAll(async () => {
  await db?.clear();
  await db?.close();
});

test('the refresh, MERGE and CREATE builds leave the COAUTHOR the import left, each pair once', async () => {
  const document = generateSyntheticGraph({ papers: 400 });
  const result = await measureProjectionWriteFloor(db, document, () => undefined);

  expect(result.identical).toEqual({ refresh: true, merge: true, create: true });
  expect(result.summary.relationships).toBe(result.pairs);
  expect(result.summary.distinctPairs).toBe(result.pairs);
  expect(result.summary.misdirected).toBe(0);
  expect(result.pairs).toBeGreaterThan(100);
  // Against the document itself: the pairs' papers add up to the papers' author pairs.
  const authorPairs = document.papers.reduce((sum, paper) => {
    const authors = new Set(paper.authors.map((author) => author.person)).size;
    return sum + (authors * (authors - 1)) / 2;
  }, 0);
  expect(result.summary.papers).toBe(authorPairs);
});

test('coauthorPairs counts shared papers and their first and last years from the smaller id', () => {
  const document = generateSyntheticGraph({ papers: 1 });
  const paper = (id: string, year: number | undefined, people: string[]) => ({
    id,
    title: id,
    year,
    authors: people.map((person, index) => ({ person, position: index + 1, equalContribution: false, rawName: person })),
  });
  document.papers = [paper('p1', 2001, ['b', 'a', 'c']), paper('p2', 1999, ['a', 'b']), paper('p3', undefined, ['c', 'a'])];
  expect(coauthorPairs(document)).toEqual([
    { from: 'a', to: ['b', 'c'], papers: [2, 2], firstYear: [1999, 2001], lastYear: [2001, 2001] },
    { from: 'b', to: ['c'], papers: [1], firstYear: [2001], lastYear: [2001] },
  ]);
});
