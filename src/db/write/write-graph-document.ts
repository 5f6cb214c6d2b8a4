/**
 * The one write path of the graph: validate → plan → upsert, for imports, seeding and every
 * mutation. Imports write in UNWIND batches, one transaction per batch, each an idempotent
 * upsert: a run killed half-way and run again ends in the same graph as one clean run, and a
 * second run changes nothing. Mutations write their document in one transaction (see
 * writeDocumentAtomically). Both keep the collaboration projections (refresh-projections.ts):
 * a mutation in its transaction, an import in a last step that a re-run of a killed import completes.
 */
import type { Executor, RunStatement } from '../executor';
import { existingIds as existingIdsStatement, Outcome, OutcomeRow, upsertNodes, upsertPeople, upsertRelationships, WriteMode } from './write.cypher';
import type { GraphDocument } from '../../graph/graph-document';
import type { ImportReject } from '../../graph/import-reject';
import { planWrites, WriteStep } from './plan-writes';
import { validateDocument } from './validate-document';
import { recordPossibleDuplicates } from './identity.cypher';
import { readPaperCandidates, resolvePapers } from './resolve-papers';
import { resolvePeople } from './resolve-people';
import { authorsOfPapers } from './projections.cypher';
import { markBroaderChanges, refreshAfterImport, refreshPeople, refreshTopics } from './refresh-projections';
import { BULK_DEADLOCK_RETRY_MS, inFlight } from './in-flight';

/**
 * Batches of one step an import keeps in flight: each is a single-threaded query in Neo4j, so a
 * second one uses the second core (and hides the round trip). Two batches that lock the same node
 * in opposite orders deadlock; Neo4j rolls one back and the import runs it again (BULK_DEADLOCK_RETRY_MS).
 */
export const WRITE_CONCURRENCY = 2;

export type OutcomeCounts = Record<Outcome, number>;

export interface ImportReport {
  source: string;
  /** Records per kind as parsed, before validation. */
  parsed: Record<string, number>;
  /** Per node label and relationship type. */
  nodes: Record<string, OutcomeCounts>;
  relationships: Record<string, OutcomeCounts>;
  rejected: ImportReject[];
  /** With resolveIdentities: how the document's people met the graph's. */
  identity?: IdentityReport;
}

export interface IdentityReport {
  /** Document people that joined a person already in the graph. */
  joined: number;
  /** People the document added. */
  added: number;
  /** Pairs left apart for curation (possibleDuplicates). */
  possibleDuplicates: number;
}

export interface WriteProgress {
  step: string;
  /** Rows written so far, over every step. */
  done: number;
  total: number;
  /**
   * How far a step that writes no rows has come (the projections' refresh after the last write:
   * people refreshed of those to refresh), so that a long one reports progress of its own.
   */
  stepProgress?: { done: number; total: number };
}

export interface WriteOptions {
  batchSize?: number;
  onProgress?: (progress: WriteProgress) => void;
  /** Validate and plan only; write nothing. */
  dryRun?: boolean;
  /**
   * Map the document's people onto the graph's first (resolve-people.ts): for documents from
   * bibliographic sources. Canonical documents (an export, a fixture) carry the graph's own ids.
   */
  resolveIdentities?: boolean;
  /**
   * Write transactions kept in flight (default WRITE_CONCURRENCY). 1 writes in a fixed order, so
   * the store's layout (the order a node's relationships are walked in) is the same on every run:
   * what a measurement of traversal cost needs (tests/integration/bench/cost-guard.test.ts).
   */
  concurrency?: number;
}

const RECORD_KINDS = ['people', 'institutions', 'venues', 'topics', 'papers', 'positions', 'hostings', 'education', 'interests', 'talks'] as const;

/** Counts records per kind. */
export function countRecords(document: GraphDocument): Record<string, number> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, document[kind].length]));
}

/** Validates `document` against itself and the graph (one read per referenced label). */
function validateAgainstGraph(executor: Executor, document: GraphDocument) {
  return validateDocument(document, async (label, ids) => {
    const rows = await executor.read<{ id: string }>(existingIdsStatement(label, ids));
    return new Set(rows.map((row) => row.id));
  });
}

/**
 * Validates `document` against itself and the graph, then writes what passed.
 * Rejected records are listed in the report with their reason and line.
 */
export async function writeGraphDocument(apiExecutor: Executor, parsed: GraphDocument, options: WriteOptions = {}): Promise<ImportReport> {
  const executor = apiExecutor.withDeadlockRetry(BULK_DEADLOCK_RETRY_MS);
  const batchSize = options.batchSize ?? 1000;
  const concurrency = options.concurrency ?? WRITE_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  // The paper and venue candidates are read while the people are resolved: neither needs the other.
  const paperCandidates = options.resolveIdentities ? readPaperCandidates(executor, parsed) : undefined;
  paperCandidates?.catch(() => undefined); // awaited below; this only keeps a failure during resolvePeople from going unhandled
  const resolved = options.resolveIdentities ? await resolvePeople(executor, parsed) : undefined;
  const document = resolved ? resolvePapers(resolved.document, await paperCandidates!) : parsed;
  const { document: valid, rejects } = await validateAgainstGraph(executor, document);
  const steps = planWrites(valid);
  const report: ImportReport = { source: document.source, parsed: countRecords(parsed), nodes: {}, relationships: {}, rejected: rejects };
  if (options.dryRun) return report;

  const total = steps.reduce((sum, step) => sum + step.rows.length, 0);
  let done = 0;
  for (const step of steps) {
    const counts = countsFor(report, step);
    if (step.name === 'BROADER') await markBroaderChanges(executor, step.rows);
    const batches: unknown[][] = [];
    for (let offset = 0; offset < step.rows.length; offset += batchSize) batches.push(step.rows.slice(offset, offset + batchSize));
    // A step's rows are distinct (planWrites), so its batches are independent; the next step waits for them all.
    await inFlight(batches, concurrency, async (batch) => {
      const written = addOutcomes(counts, await executor.write<OutcomeRow>(statementFor(step, batch, document.source, 'upsert')));
      if (written !== batch.length) {
        // Validation checked every reference, so this means the graph changed under us.
        throw new Error(`${step.name}: wrote ${written} of ${batch.length} rows (a referenced node disappeared during the import); run the import again`);
      }
      done += batch.length;
      options.onProgress?.({ step: step.name, done, total });
    });
  }
  // The projections follow the writes: a run killed before this point completes it when run again.
  await refreshAfterImport(
    executor,
    { paperIds: valid.papers.map((paper) => paper.id), topicIds: valid.topics.map((topic) => topic.id), taggedTopicIds: taggedTopics(steps) },
    {
      onBatch: (refreshed, people) => options.onProgress?.({ step: `projections (${refreshed}/${people} people)`, done, total, stepProgress: { done: refreshed, total: people } }),
      concurrency,
    },
  );
  if (resolved) {
    const written = new Set(valid.people.map((person) => person.id));
    const pairs = resolved.possibleDuplicates.filter((pair) => written.has(pair.a) || written.has(pair.b));
    if (pairs.length) await executor.write(recordPossibleDuplicates(pairs, document.source));
    const personCounts = report.nodes.Person ?? { created: 0, updated: 0, unchanged: 0 };
    report.identity = { joined: parsed.people.length - personCounts.created, added: personCounts.created, possibleDuplicates: pairs.length };
  }
  return report;
}

/** Why a document written atomically was refused: its rejects, or rows the mode did not allow. */
export class DocumentWriteRefused extends Error {
  override name = 'DocumentWriteRefused';

  constructor(
    message: string,
    readonly reason: 'invalid' | 'unknown-reference' | 'exists' | 'missing',
    readonly rejects: ImportReject[] = [],
  ) {
    super(message);
  }
}

export interface AtomicWrite {
  /** What to do with what exists, per label or relationship type ('Paper', 'AUTHORED'); `keep` where unnamed. */
  modes: Partial<Record<WriteStep['name'], WriteMode>>;
  /** Runs in the same transaction after the writes (e.g. to read back what was written). */
  then?: (run: RunStatement) => Promise<unknown>;
}

/**
 * Validates `document` and writes all of it in ONE transaction named `name`, or nothing:
 * a record that fails validation, a reference to a node that does not exist, a node that
 * exists under mode `create` or one missing under mode `update` throws DocumentWriteRefused
 * (and rolls back whatever the transaction wrote). Returns what `then` returned.
 */
export async function writeDocumentAtomically(executor: Executor, name: string, document: GraphDocument, write: AtomicWrite): Promise<unknown> {
  const { document: valid, rejects } = await validateAgainstGraph(executor, document);
  if (rejects.length) {
    const unknown = rejects.every((reject) => reject.reason.startsWith('refers to unknown'));
    throw new DocumentWriteRefused(rejects.map((reject) => reject.reason).join('; '), unknown ? 'unknown-reference' : 'invalid', rejects);
  }
  const steps = planWrites(valid).filter((step) => step.rows.length > 0);
  return executor.writeTransaction(name, async (run) => {
    for (const step of steps) {
      const mode = write.modes[step.name] ?? 'keep';
      const counts: OutcomeCounts = { created: 0, updated: 0, unchanged: 0 };
      const written = addOutcomes(counts, await run<OutcomeRow>(statementFor(step, step.rows, document.source, mode)));
      if (mode === 'create' && counts.created < step.rows.length) throw new DocumentWriteRefused(`${step.name} exists already`, 'exists');
      if (mode === 'update' && written < step.rows.length) throw new DocumentWriteRefused(`${step.name} does not exist`, 'missing');
    }
    if (valid.papers.length) {
      const authors = await run<{ id: string }>(authorsOfPapers(valid.papers.map((paper) => paper.id)));
      await refreshPeople(
        run,
        authors.map((row) => row.id),
      );
      await refreshTopics(run, taggedTopics(steps));
    }
    return write.then?.(run);
  });
}

/** The topics at the end of the HAS_TOPIC rows of `steps`: whose co-occurrence the write may change. */
function taggedTopics(steps: readonly WriteStep[]): string[] {
  const tagged = steps.find((step) => step.name === 'HAS_TOPIC');
  return tagged?.kind === 'relationships' ? [...new Set(tagged.rows.map((row) => row.to))] : [];
}

function countsFor(report: ImportReport, step: WriteStep): OutcomeCounts {
  const counts: OutcomeCounts = { created: 0, updated: 0, unchanged: 0 };
  (step.kind === 'relationships' ? report.relationships : report.nodes)[step.name] = counts;
  return counts;
}

/** Adds a statement's outcome rows to `counts`; returns how many rows it wrote. */
function addOutcomes(counts: OutcomeCounts, rows: OutcomeRow[]): number {
  let written = 0;
  for (const row of rows) {
    const count = Number(row.count);
    counts[row.outcome] += count;
    written += count;
  }
  return written;
}

function statementFor(step: WriteStep, rows: unknown[], source: string, mode: WriteMode) {
  switch (step.kind) {
    case 'people':
      return upsertPeople(rows as Parameters<typeof upsertPeople>[0], source, mode);
    case 'nodes':
      return upsertNodes(step.name, rows as Parameters<typeof upsertNodes>[1], source, mode);
    case 'relationships':
      return upsertRelationships(step.shape, rows as Parameters<typeof upsertRelationships>[1], source, mode);
  }
}

/** Sums outcome counts over labels or types. */
export function totalOutcomes(groups: Record<string, OutcomeCounts>): OutcomeCounts {
  const total: OutcomeCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const counts of Object.values(groups)) for (const outcome of Object.keys(total) as Outcome[]) total[outcome] += counts[outcome];
  return total;
}

/** One report for an import written in several documents (a streamed file's chunks): counts added, rejects in order. */
export function mergeReports(first: ImportReport, next: ImportReport): ImportReport {
  const add = (into: Record<string, OutcomeCounts>, from: Record<string, OutcomeCounts>) => {
    const out: Record<string, OutcomeCounts> = { ...into };
    for (const [key, counts] of Object.entries(from)) {
      const sum = { ...(out[key] ?? { created: 0, updated: 0, unchanged: 0 }) };
      for (const outcome of Object.keys(sum) as Outcome[]) sum[outcome] += counts[outcome];
      out[key] = sum;
    }
    return out;
  };
  const parsed = { ...first.parsed };
  for (const [kind, count] of Object.entries(next.parsed)) parsed[kind] = (parsed[kind] ?? 0) + count;
  return {
    source: first.source,
    parsed,
    nodes: add(first.nodes, next.nodes),
    relationships: add(first.relationships, next.relationships),
    rejected: [...first.rejected, ...next.rejected],
  };
}
