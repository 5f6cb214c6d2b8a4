import fs from 'node:fs';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError } from '../config';
import { StartupError } from '../startup/connect-database';
import { LocalNeo4jError } from '../neo4j-local/local-neo4j-error';
import type { ImportReject } from '../graph/import-reject';
import type { ImportReport, WriteProgress } from '../db/write/write-graph-document';

/**
 * Exits once stdout has taken everything written to it: on a pipe, writes are asynchronous, and
 * exiting at once cuts the output (at 64 KiB, a pipe's buffer).
 */
function exitWhenWritten(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

/** Runs a command's main; known errors become one line on stderr and exit 1. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => exitWhenWritten(code),
    (error: unknown) => {
      const known = error instanceof ConfigError || error instanceof StartupError || error instanceof LocalNeo4jError;
      console.error(`collabgraph: ${known || error instanceof Error ? (error as Error).message : String(error)}`);
      if (!known && process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}

/**
 * Which tenth of the rows a progress update is at, and for a step that writes no rows (the
 * projections' refresh) which tenth of its own work: a line is logged when it changes.
 */
export function progressTenth(progress: WriteProgress): string {
  const tenth = (done: number, total: number) => Math.floor((done / Math.max(total, 1)) * 10);
  const step = progress.stepProgress ? ` ${tenth(progress.stepProgress.done, progress.stepProgress.total)}` : '';
  return `${tenth(progress.done, progress.total)}${step}`;
}

/** A progress bar on a terminal, a line per tenth elsewhere (CI logs). */
export function createProgress(label: string): { update(progress: WriteProgress): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% {value}/{total} rows | {step}`, stream: process.stderr }, Presets.shades_classic);
    let started = false;
    return {
      update(progress) {
        if (!started) bar.start(progress.total, 0, { step: progress.step });
        started = true;
        bar.update(progress.done, { step: progress.step });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = '';
  return {
    update(progress) {
      const tenth = progressTenth(progress);
      if (tenth !== lastTenth && progress.total > 5000) console.error(`${label}: ${progress.done}/${progress.total} rows (${progress.step})`);
      lastTenth = tenth;
    },
    stop: () => undefined,
  };
}

/** Writes rejects as NDJSON (one `{line, record, reason}` per line); returns the path, or undefined when none. */
export function writeRejects(rejects: ImportReject[], file: string): string | undefined {
  if (rejects.length === 0) return undefined;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, rejects.map((reject) => JSON.stringify(reject)).join('\n') + '\n');
  return file;
}

/** The report as the user reads it: counts per label and type, then rejects. */
export function formatReport(report: ImportReport): string {
  const rows = [
    ...Object.entries(report.nodes).map(([name, counts]) => ({ name: `(:${name})`, ...counts })),
    ...Object.entries(report.relationships).map(([name, counts]) => ({ name: `[:${name}]`, ...counts })),
  ];
  const width = Math.max(...rows.map((row) => row.name.length), 10);
  const lines = [`${'kind'.padEnd(width)}  created  updated  unchanged`];
  for (const row of rows) lines.push(`${row.name.padEnd(width)}  ${String(row.created).padStart(7)}  ${String(row.updated).padStart(7)}  ${String(row.unchanged).padStart(9)}`);
  const parsed = Object.entries(report.parsed)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  lines.push(`parsed: ${parsed}`);
  lines.push(`rejected: ${report.rejected.length}`);
  if (report.identity) {
    const { joined, added, possibleDuplicates } = report.identity;
    lines.push(`people: ${joined} joined a person already in the graph, ${added} new, ${possibleDuplicates} possible duplicates left for curation (possibleDuplicates)`);
  }
  return lines.join('\n');
}
