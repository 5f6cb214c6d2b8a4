/**
 * The identity step's cost and effect on real data, side by side in one run on one throw-away
 * Neo4j: CoRA (11,767 papers, 16,114 author ids) imported in chunks of 1,000 papers, as a streamed
 * import would, once with the canonical ids as they are and once through the identity step
 * (`resolveIdentities`), each twice in turn, the second pass counting. Reports rows/s of both,
 * their ratio, and the people before and after.
 * `node dist/bench/identity-import-bench.js [--chunk 1000]`; JSON on stdout, progress on stderr.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyMigrations } from '../src/db/migrations';
import { writeGraphDocument } from '../src/db/write/write-graph-document';
import { emptyGraphDocument, type GraphDocument } from '../src/graph/graph-document';
import { findRootDir } from '../src/config';
import { convertCora } from '../src/importers/cora/convert-cora';
import { openBenchDatabase } from './bench-database';

/** The document in chunks of `size` papers, each with the people it names (topics travel with the first). */
function chunks(document: GraphDocument, size: number): GraphDocument[] {
  const people = new Map(document.people.map((person) => [person.id, person]));
  const position = new Map(document.papers.map((paper, index) => [paper.id, index]));
  const out: GraphDocument[] = [];
  for (let start = 0; start < document.papers.length; start += size) {
    const papers = document.papers.slice(start, start + size);
    const named = new Set(papers.flatMap((paper) => paper.authors.map((author) => author.person)));
    out.push({
      ...emptyGraphDocument(document.source),
      topics: start === 0 ? document.topics : [],
      people: [...named].map((id) => people.get(id)!),
      // Citations of papers of later chunks are left out of both runs alike.
      papers: papers.map((paper) => ({ ...paper, cites: (paper.cites ?? []).filter((id) => (position.get(id) ?? Infinity) < start + size) })),
    });
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { chunk: { type: 'string', default: '1000' } } });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const cora = convertCora(path.join(findRootDir(), '..', 'shared', 'datasets', 'cora'));
  const parts = chunks(cora, Number(values.chunk));
  const db = await openBenchDatabase(log);
  const results: Record<string, unknown> = {};
  try {
    // Each twice, alternating: the first pass of each warms Neo4j's plan cache and the JVM, and only the second counts.
    for (const resolveIdentities of [false, true, false, true]) {
      await db.clear();
      await applyMigrations(db.executor);
      const started = performance.now();
      const importerCpuStart = process.cpuUsage();
      const serverCpuStart = db.serverCpuSeconds();
      let rows = 0;
      let possibleDuplicates = 0;
      for (const [index, part] of parts.entries()) {
        const report = await writeGraphDocument(db.executor, part, { resolveIdentities });
        for (const group of [report.nodes, report.relationships]) for (const counts of Object.values(group)) rows += counts.created + counts.updated + counts.unchanged;
        possibleDuplicates += report.identity?.possibleDuplicates ?? 0;
        log(`  ${resolveIdentities ? 'with' : 'without'} the identity step: chunk ${index + 1}/${parts.length}`);
      }
      const seconds = (performance.now() - started) / 1000;
      const importerCpu = process.cpuUsage(importerCpuStart);
      const serverCpuEnd = db.serverCpuSeconds();
      const [{ people }] = await db.executor.read<{ people: unknown }>({ name: 'benchPeople', cypher: 'MATCH (p:Person) RETURN count(p) AS people', params: {} });
      results[resolveIdentities ? 'withIdentityStep' : 'canonicalIds'] = {
        seconds: Math.round(seconds * 10) / 10,
        rows,
        rowsPerSecond: Math.round(rows / seconds),
        // CPU of both processes: what the run cost, unlike `seconds`, hardly moved by other load on the machine.
        importerCpuSeconds: round1((importerCpu.user + importerCpu.system) / 1e6),
        neo4jCpuSeconds: serverCpuStart === undefined || serverCpuEnd === undefined ? null : round1(serverCpuEnd - serverCpuStart),
        people: Number(people),
        possibleDuplicates,
      };
    }
  } finally {
    await db.close();
  }
  type Run = { rowsPerSecond: number; importerCpuSeconds: number; neo4jCpuSeconds: number | null };
  const plain = results.canonicalIds as Run;
  const resolved = results.withIdentityStep as Run;
  results.slowdown = Math.round((plain.rowsPerSecond / resolved.rowsPerSecond) * 100) / 100;
  // The same ratio in CPU per row (importer + Neo4j): the figure to trust on a busy machine.
  const cpuPerRow = (run: Run, rows: number) => (run.importerCpuSeconds + (run.neo4jCpuSeconds ?? 0)) / rows;
  if (plain.neo4jCpuSeconds !== null && resolved.neo4jCpuSeconds !== null)
    results.cpuPerRowRatio =
      Math.round((cpuPerRow(resolved, (results.withIdentityStep as { rows: number }).rows) / cpuPerRow(plain, (results.canonicalIds as { rows: number }).rows)) * 100) / 100;
  results.authorIds = cora.people.length;
  results.papers = cora.papers.length;
  results.chunkPapers = Number(values.chunk);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
