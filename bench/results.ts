/** The shape of bench/results/<timestamp>.json. */
import type { OperationCost } from './cost/measure-costs';
import type { ImportTiming } from './import-bench';
import type { LatencyStats } from './load/latency-stats';
import type { BenchInputs, OperationName } from './operations/operations';

export type Contender = 'raw' | 'collabgraph' | 'neo4jGraphql';
export const CONTENDERS: readonly Contender[] = ['raw', 'collabgraph', 'neo4jGraphql'];

/**
 * Latency at concurrency 1 and 8; null when the contender could not run the operation ("n/a").
 * `cpuMicrosPerRequest`: CPU per request during the concurrency-8 run of the process that talks
 * to Neo4j: the API server for the GraphQL contenders, the harness (the driver, and the settling
 * wait) for the raw floor.
 */
export type ContenderLatency = { c1: LatencyStats; c8: LatencyStats; cpuMicrosPerRequest?: number } | null;

export interface MemoryFigures {
  /** Resident MiB after start-up (first data set) or before the data set's load. */
  restMiB: number;
  /** Highest resident MiB sampled while under load. */
  peakMiB: number;
}

export interface DatasetResult {
  name: string;
  graph: { nodes: number; relationships: number };
  import: ImportTiming;
  inputs: BenchInputs;
  costs: OperationCost[];
  latency: Partial<Record<OperationName, Record<Contender, ContenderLatency>>>;
  memory: { collabgraph: MemoryFigures; neo4jGraphql: MemoryFigures };
}

export interface BenchResults {
  startedAt: string;
  totalSeconds: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; java: string; neo4j: string; os: string };
  /** 1-minute load average when the run started and ended: other work on the machine skews latency (not costs). */
  loadAverage: { start: number; end: number };
  options: { datasets: string[]; warmupSeconds: number; durationSeconds: number; naiveSlicePapers: number; naiveMaxSeconds: number };
  /** Importer vs one MERGE per row on the same synthetic slice. */
  importBaseline: { slicePapers: number; naive: ImportTiming; importer: ImportTiming; speedup: number } | null;
  /** API resident memory right after start-up, before any data set. */
  startupMemoryMiB: { collabgraph: number; neo4jGraphql: number };
  datasets: DatasetResult[];
}
