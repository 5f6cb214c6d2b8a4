import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { parseImportFile } from '../../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';
import { totalOutcomes, writeGraphDocument } from '../../../src/db/write/write-graph-document';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';
import { graphCounts } from '../../support/graph-counts';

/** The bio's facts, read back from a real Neo4j after `npm run seed`'s pipeline. */
describe('importing seed/bio.txt', () => {
  let db: TestDatabase;
  const root = findRootDir();
  const vocabulary = loadTopicVocabulary(path.join(root, 'seed', 'topics.json'));
  const parse = () => parseImportFile(path.join(root, 'seed', 'bio.txt'), 'bio', vocabulary);
  const query = async <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
    (await db.executor.read<Record<string, unknown>>({ name: 'test', cypher, params })) as T[];

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.clear();
    await applyMigrations(db.executor);
    const report = await writeGraphDocument(db.executor, parse().document);
    expect(report.rejected).toEqual([]);
  });
  afterAll(() => db.close());

  it('finds the subject, the author of every paper', async () => {
    const rows = await query<{ name: string; papers: number }>(
      'MATCH (p:Person)-[:AUTHORED]->(paper:Paper) WITH p, count(paper) AS papers ORDER BY papers DESC LIMIT 1 RETURN p.name AS name, papers',
    );
    expect(rows[0].name).toBe('Paul Vicol');
    const [{ total }] = await query<{ total: number }>('MATCH (paper:Paper) RETURN count(paper) AS total');
    expect(Number(rows[0].papers)).toBe(Number(total));
    expect(Number(total)).toBe(18);
  });

  it('keeps every author list in order with its equal-contribution marks', async () => {
    const rows = await query<{ name: string; position: number; equal: boolean }>(
      `MATCH (a:Person)-[r:AUTHORED]->(:Paper {title: 'Directly Fine-Tuning Diffusion Models on Differentiable Rewards'})
       RETURN a.name AS name, r.position AS position, r.equalContribution AS equal ORDER BY position`,
    );
    expect(rows.map((row) => [row.name, Number(row.position), row.equal])).toEqual([
      ['Kevin Clark', 1, true],
      ['Paul Vicol', 2, true],
      ['Kevin Swersky', 3, false],
      ['David J. Fleet', 4, false],
    ]);
    const inns = await query<{ name: string; equal: boolean }>(
      `MATCH (a:Person)-[r:AUTHORED]->(:Paper {title: 'Understanding and Mitigating Exploding Inverses in Invertible Neural Networks'})
       RETURN a.name AS name, r.equalContribution AS equal ORDER BY r.position`,
    );
    expect(inns.map((row) => `${row.name}${row.equal ? '*' : ''}`)).toEqual(['Jens Behrmann*', 'Paul Vicol*', 'Kuan-Chieh Wang*', 'Roger Grosse', 'Jörn-Henrik Jacobsen']);
  });

  it('records the truncated author list with its stated count', async () => {
    const [paper] = await query<{ authorCount: number; named: number }>(
      `MATCH (p:Paper) WHERE p.title STARTS WITH 'Beyond the Imitation Game'
       MATCH (a:Person)-[:AUTHORED]->(p) RETURN p.authorCount AS authorCount, count(a) AS named`,
    );
    expect(Number(paper.authorCount)).toBe(442);
    expect(Number(paper.named)).toBe(2);
  });

  it('makes no figure caption a paper', async () => {
    const captions = ['Computation graph for ES-Single.', 'Understanding and mitigating exploding inverses in invertible neural networks', 'An example model graph'];
    const rows = await query('MATCH (p:Paper) WHERE p.title IN $captions RETURN p.title AS title', { captions });
    expect(rows).toEqual([]);
  });

  it('links venues and years only where the bio states them', async () => {
    const rows = await query<{ title: string; venue: string; year: number }>(
      'MATCH (p:Paper)-[r:PUBLISHED_IN]->(v:Venue) RETURN p.title AS title, v.name AS venue, p.year AS year ORDER BY year DESC, venue',
    );
    expect(rows.map((row) => `${row.venue} ${Number(row.year)}`)).toEqual(['ICLR 2024', 'ICML 2023', 'NeurIPS 2022', 'arXiv 2022']);
    const [{ withoutYear }] = await query<{ withoutYear: number }>('MATCH (p:Paper) WHERE p.year IS NULL RETURN count(p) AS withoutYear');
    expect(Number(withoutYear)).toBe(14);
  });

  it('records positions with dates and the hosts', async () => {
    const positions = await query<{ institution: string; role: string; start: string | null; end: string | null }>(
      `MATCH (:Person {name: 'Paul Vicol'})-[r:HELD_POSITION]->(i:Institution)
       RETURN i.name AS institution, r.role AS role, r.start AS start, r.end AS end ORDER BY institution, role`,
    );
    expect(positions).toEqual([
      { institution: 'Google Brain', role: 'Research Scientist Intern', start: null, end: null },
      { institution: 'Google Brain', role: 'Student Researcher', start: '2020', end: '2021' },
      { institution: 'Google DeepMind', role: 'Research Scientist', start: '2022-10', end: null },
      { institution: 'Google DeepMind', role: 'Research Scientist Intern', start: null, end: null },
    ]);
    const hosts = await query<{ host: string; role: string }>(
      `MATCH (h:Person)-[r:HOSTED]->(:Person {name: 'Paul Vicol'}) RETURN DISTINCT h.name AS host, r.role AS role ORDER BY role, host`,
    );
    expect(hosts).toEqual([
      { host: 'Evan Shelhamer', role: 'collaborator' },
      { host: 'Sander Dieleman', role: 'collaborator' },
      { host: 'Jascha Sohl-Dickstein', role: 'host' },
      { host: 'Jeff Donahue', role: 'host' },
      { host: 'Karen Simonyan', role: 'host' },
      { host: 'Luke Metz', role: 'host' },
    ]);
  });

  it('records talks, skipping dates with no talk', async () => {
    const [{ talks }] = await query<{ talks: number }>("MATCH (:Person {name: 'Paul Vicol'})-[:GAVE]->(t:Talk) RETURN count(t) AS talks");
    expect(Number(talks)).toBe(17);
    const [jpm] = await query<{ institution: string; title: string; date: string }>(
      "MATCH (t:Talk)-[:AT]->(i:Institution) WHERE i.name STARTS WITH 'J.P.' RETURN i.name AS institution, t.title AS title, t.date AS date",
    );
    expect(jpm).toEqual({ institution: 'J.P. Morgan AI Research', title: 'Self-Tuning Networks', date: '2019-11' });
  });

  it('folds accents for lookups but keeps the original spelling', async () => {
    const rows = await query<{ name: string }>("MATCH (p:Person {nameKey: 'matthias kummerer'}) RETURN p.name AS name");
    expect(rows).toEqual([{ name: 'Matthias Kümmerer' }]);
  });

  it('is idempotent: a second run changes no count', async () => {
    const before = await graphCounts(db);
    const report = await writeGraphDocument(db.executor, parse().document);
    expect(totalOutcomes(report.nodes).created + totalOutcomes(report.nodes).updated).toBe(0);
    expect(totalOutcomes(report.relationships).created + totalOutcomes(report.relationships).updated).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
  });
});
