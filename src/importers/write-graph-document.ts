/**
 * The last steps of every import: validate → plan → write. Writes go in UNWIND batches,
 * one transaction per batch, each an idempotent upsert: a run killed half-way and run again
 * ends in the same graph as one clean run, and a second run changes nothing.
 */
import type { Executor } from '../db/executor';
import { existingIds as existingIdsStatement, Outcome, OutcomeRow, upsertNodes, upsertPeople, upsertRelationships } from '../db/cypher/import.cypher';
import type { GraphDocument } from '../graph/graph-document';
import type { ImportReject } from './import-reject';
import { planWrites, WriteStep } from './plan-writes';
import { validateDocument } from './validate-document';

export type OutcomeCounts = Record<Outcome, number>;

export interface ImportReport {
  source: string;
  /** Records per kind as parsed, before validation. */
  parsed: Record<string, number>;
  /** Per node label and relationship type. */
  nodes: Record<string, OutcomeCounts>;
  relationships: Record<string, OutcomeCounts>;
  rejected: ImportReject[];
}

export interface WriteProgress {
  step: string;
  /** Rows written so far, over every step. */
  done: number;
  total: number;
}

export interface WriteOptions {
  batchSize?: number;
  onProgress?: (progress: WriteProgress) => void;
  /** Validate and plan only; write nothing. */
  dryRun?: boolean;
}

const RECORD_KINDS = ['people', 'institutions', 'venues', 'topics', 'papers', 'positions', 'hostings', 'education', 'interests', 'talks'] as const;

/** Counts records per kind. */
export function countRecords(document: GraphDocument): Record<string, number> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, document[kind].length]));
}

/**
 * Validates `document` against itself and the graph, then writes what passed.
 * Rejected records are listed in the report with their reason and line.
 */
export async function writeGraphDocument(executor: Executor, document: GraphDocument, options: WriteOptions = {}): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 1000;
  const { document: valid, rejects } = await validateDocument(document, async (label, ids) => {
    const rows = await executor.read<{ id: string }>(existingIdsStatement(label, ids));
    return new Set(rows.map((row) => row.id));
  });
  const steps = planWrites(valid);
  const report: ImportReport = { source: document.source, parsed: countRecords(document), nodes: {}, relationships: {}, rejected: rejects };
  if (options.dryRun) return report;

  const total = steps.reduce((sum, step) => sum + step.rows.length, 0);
  let done = 0;
  for (const step of steps) {
    const counts: OutcomeCounts = { created: 0, updated: 0, unchanged: 0 };
    (step.kind === 'relationships' ? report.relationships : report.nodes)[step.name] = counts;
    for (let offset = 0; offset < step.rows.length; offset += batchSize) {
      const batch = step.rows.slice(offset, offset + batchSize);
      const rows = await executor.write<OutcomeRow>(statementFor(step, batch, document.source));
      let written = 0;
      for (const row of rows) {
        const count = Number(row.count);
        counts[row.outcome] += count;
        written += count;
      }
      if (written !== batch.length) {
        // Validation checked every reference, so this means the graph changed under us.
        throw new Error(`${step.name}: wrote ${written} of ${batch.length} rows (a referenced node disappeared during the import); run the import again`);
      }
      done += batch.length;
      options.onProgress?.({ step: step.name, done, total });
    }
  }
  return report;
}

function statementFor(step: WriteStep, rows: unknown[], source: string) {
  switch (step.kind) {
    case 'people':
      return upsertPeople(rows as Parameters<typeof upsertPeople>[0], source);
    case 'nodes':
      return upsertNodes(step.name, rows as Parameters<typeof upsertNodes>[1], source);
    case 'relationships':
      return upsertRelationships(step.shape, rows as Parameters<typeof upsertRelationships>[1], source);
  }
}

/** Sums outcome counts over labels or types. */
export function totalOutcomes(groups: Record<string, OutcomeCounts>): OutcomeCounts {
  const total: OutcomeCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const counts of Object.values(groups)) for (const outcome of Object.keys(total) as Outcome[]) total[outcome] += counts[outcome];
  return total;
}
