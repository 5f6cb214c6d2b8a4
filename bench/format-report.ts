/**
 * The side-by-side tables printed at the end of a run (and pasted into BENCHMARKS.md):
 * per data set, latency of the three contenders with collabgraph's ratios to the floor and
 * to @neo4j/graphql, throughput, round trips and db hits; then growth across data sets.
 */
import type { BenchResults, ContenderLatency, DatasetResult } from './results';

const fixed = (value: number | undefined, digits = 1) => (value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}x` : 'n/a');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const p = (latency: ContenderLatency, key: 'p50' | 'p95' | 'p99', c: 'c1' | 'c8' = 'c1') => latency?.[c][key];

/** Geometric mean of collabgraph / @neo4j/graphql p50 at concurrency 1, over operations both ran. */
export function geometricMeanRatio(dataset: DatasetResult): number | undefined {
  const ratios = Object.values(dataset.latency)
    .map((entry) => (entry?.collabgraph && entry.neo4jGraphql ? entry.collabgraph.c1.p50 / entry.neo4jGraphql.c1.p50 : undefined))
    .filter((value): value is number => value !== undefined && Number.isFinite(value) && value > 0);
  if (ratios.length === 0) return undefined;
  return Math.exp(ratios.reduce((sum, value) => sum + Math.log(value), 0) / ratios.length);
}

/** A data set's import in a few words; a graph measured as found (--measure-only) was not imported by the run. */
const importSummary = ({ rows, seconds, rowsPerSecond }: DatasetResult['import']) =>
  rows === 0 ? 'measured as found (not imported by this run)' : `import ${rows} rows in ${seconds} s (${rowsPerSecond} rows/s)`;

export function formatDataset(dataset: DatasetResult): string {
  const latencyRows = dataset.costs.map((cost) => {
    const entry = dataset.latency[cost.name];
    const cells = (latency: ContenderLatency | undefined) =>
      `${fixed(p(latency ?? null, 'p50'), 2)} / ${fixed(p(latency ?? null, 'p95'), 2)} / ${fixed(p(latency ?? null, 'p99'), 2)}`;
    return [
      cost.name,
      cells(entry?.raw),
      cells(entry?.collabgraph),
      cells(entry?.neo4jGraphql),
      ratio(p(entry?.collabgraph ?? null, 'p50'), p(entry?.raw ?? null, 'p50')),
      ratio(p(entry?.collabgraph ?? null, 'p50'), p(entry?.neo4jGraphql ?? null, 'p50')),
    ];
  });
  const throughputRows = dataset.costs.map((cost) => {
    const entry = dataset.latency[cost.name];
    const rps = (latency: ContenderLatency | undefined) => fixed(latency?.c8.rps, 0);
    const c8p50 = (latency: ContenderLatency | undefined) => fixed(latency?.c8.p50, 1);
    return [
      cost.name,
      `${rps(entry?.raw)} (${c8p50(entry?.raw)})`,
      `${rps(entry?.collabgraph)} (${c8p50(entry?.collabgraph)})`,
      `${rps(entry?.neo4jGraphql)} (${c8p50(entry?.neo4jGraphql)})`,
      ratio(entry?.collabgraph?.c8.rps, entry?.raw?.c8.rps),
      ratio(entry?.collabgraph?.c8.rps, entry?.neo4jGraphql?.c8.rps),
      `${fixed(entry?.raw?.cpuMicrosPerRequest, 0)} / ${fixed(entry?.collabgraph?.cpuMicrosPerRequest, 0)} / ${fixed(entry?.neo4jGraphql?.cpuMicrosPerRequest, 0)}`,
    ];
  });
  const costRows = dataset.costs.map((cost) => [
    cost.name,
    String(cost.nestingDepth + 1),
    cost.collabgraph.ok ? String(cost.collabgraph.roundTrips) : `n/a (${cost.collabgraph.error})`,
    cost.neo4jGraphql.ok ? String(cost.neo4jGraphql.roundTrips) : 'n/a',
    fixed(cost.raw.dbHits, 0),
    fixed(cost.collabgraph.dbHits, 0),
    fixed(cost.neo4jGraphql.dbHits, 0),
    ratio(cost.collabgraph.dbHits, cost.neo4jGraphql.dbHits),
    `${cost.raw.size}/${cost.collabgraph.size}/${cost.neo4jGraphql.size}`,
  ]);
  const gm = geometricMeanRatio(dataset);
  return [
    `### ${dataset.name}: ${dataset.graph.nodes} nodes, ${dataset.graph.relationships} relationships; ${importSummary(dataset.import)}`,
    '',
    'Latency at concurrency 1, ms (p50 / p95 / p99); ratios of collabgraph p50:',
    '',
    table(['operation', 'raw Cypher', 'collabgraph', '@neo4j/graphql', 'cg / raw', 'cg / n4j-gql'], latencyRows),
    '',
    `Geometric mean of collabgraph / @neo4j/graphql p50: ${gm === undefined ? 'n/a' : `${gm.toFixed(2)}x`}`,
    '',
    "Throughput at concurrency 8, req/s (p50 ms); CPU µs per request of the process talking to Neo4j (the harness's driver for raw, the API server for the others):",
    '',
    table(['operation', 'raw Cypher', 'collabgraph', '@neo4j/graphql', 'cg / raw', 'cg / n4j-gql', 'CPU µs raw / cg / n4j-gql'], throughputRows),
    '',
    'Costs per request (round trips; PROFILE db hits summed over the statements sent; answer sizes raw/cg/n4j-gql):',
    '',
    table(['operation', 'RT target', 'RT cg', 'RT n4j-gql', 'hits raw', 'hits cg', 'hits n4j-gql', 'hits cg / n4j-gql', 'sizes'], costRows),
    '',
    `Memory (RSS MiB, rest → peak under load): collabgraph ${fixed(dataset.memory.collabgraph.restMiB, 0)} → ${fixed(dataset.memory.collabgraph.peakMiB, 0)}; @neo4j/graphql ${fixed(dataset.memory.neo4jGraphql.restMiB, 0)} → ${fixed(dataset.memory.neo4jGraphql.peakMiB, 0)}`,
  ].join('\n');
}

/** How p50 (c=1) and db hits grow across the data sets, per operation and contender. */
export function formatGrowth(results: BenchResults): string {
  const names = results.datasets[0]?.costs.map((cost) => cost.name) ?? [];
  const header = ['operation', 'contender', ...results.datasets.map((dataset) => dataset.name)];
  const rows: string[][] = [];
  for (const name of names) {
    for (const contender of ['raw', 'collabgraph', 'neo4jGraphql'] as const) {
      rows.push([
        name,
        contender,
        ...results.datasets.map((dataset) => {
          const cost = dataset.costs.find((item) => item.name === name)?.[contender];
          const latency = dataset.latency[name]?.[contender];
          return `${fixed(latency?.c1.p50, 2)} ms / ${fixed(cost?.dbHits, 0)} hits`;
        }),
      ]);
    }
  }
  return ['### Growth: p50 at concurrency 1 / PROFILE db hits', '', table(header, rows)].join('\n');
}

export function formatResults(results: BenchResults): string {
  const lines = [`## collabgraph benchmark, ${results.startedAt} (${results.totalSeconds} s)`, ''];
  const m = results.machine;
  lines.push(`Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Java ${m.java}, Neo4j ${m.neo4j}`);
  lines.push(
    `Load average (1 min) at start ${results.loadAverage.start.toFixed(1)}, at end ${results.loadAverage.end.toFixed(1)} (${m.cpus} cores): above ${m.cpus}, other processes competed for the CPU and latencies are inflated; round trips and db hits are not affected.`,
  );
  lines.push(`Warm-up ${results.options.warmupSeconds} s, then ${results.options.durationSeconds} s at concurrency 1 and at 8, per operation and contender.`);
  lines.push('');
  if (results.importBaseline) {
    const { slicePapers, naive, importer, speedup } = results.importBaseline;
    lines.push(
      `Import, ${slicePapers}-paper synthetic slice: importer ${importer.rowsPerSecond} rows/s (${importer.rows} rows in ${importer.seconds} s) vs naive one-MERGE-per-row ${naive.rowsPerSecond} rows/s (${naive.rows} rows in ${naive.seconds} s): ${speedup.toFixed(1)}x`,
    );
  }
  lines.push(
    `Import wall time: ${results.datasets
      .filter((dataset) => dataset.import.rows > 0)
      .map((dataset) => {
        const { seconds, rows, rowsPerSecond, projectionSeconds, peakRssMiB } = dataset.import;
        const projections = projectionSeconds === undefined ? '' : `, ${projectionSeconds} s of it the projections`;
        const memory = peakRssMiB ? `, peak RSS importer ${peakRssMiB.importer} MiB, Neo4j ${fixed(peakRssMiB.neo4j ?? undefined, 0)} MiB` : '';
        return `${dataset.name} ${seconds} s (${rows} rows, ${rowsPerSecond} rows/s${projections}${memory})`;
      })
      .join('; ')}`,
  );
  lines.push(`API RSS after start-up: collabgraph ${fixed(results.startupMemoryMiB.collabgraph, 0)} MiB, @neo4j/graphql ${fixed(results.startupMemoryMiB.neo4jGraphql, 0)} MiB`);
  lines.push('');
  for (const dataset of results.datasets) lines.push(formatDataset(dataset), '');
  lines.push(formatGrowth(results));
  return lines.join('\n');
}
