/**
 * `npm run graph:check [-- --repair]`: recomputes the collaboration projections (COAUTHOR,
 * PUBLISHES_ON, CO_OCCURS) from the authorship and topic edges and prints every difference with
 * what is stored, as JSON on stdout. Exit 0 when clean, 2 when there are differences. `--repair`
 * rebuilds the projections of every person and topic first (after a start-up killed while
 * building them), then checks.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../startup/connect-database';
import { checkProjections } from '../db/graph-check';
import { rebuildProjections } from '../db/write/refresh-projections';
import { runCli } from './cli-support';

/** Exit code when the projections differ from the authorship edges. */
export const DIFFERENCES_EXIT_CODE = 2;

async function graphCheckMain(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { repair: { type: 'boolean', default: false } } });
  const connection = await connectDatabase(loadConfig(), (line) => console.error(line));
  try {
    if (values.repair) console.error(`graph:check: rebuilt the projections of ${await rebuildProjections(connection.executor)} people and every topic`);
    const report = await checkProjections(connection.executor);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const count = Object.values(report.differences).reduce((sum, rows) => sum + rows.length, 0);
    console.error(
      report.clean ? `graph:check: ${report.people} people, ${report.topics} topics, projections match the authorship and topic edges` : `graph:check: ${count} differences`,
    );
    return report.clean ? 0 : DIFFERENCES_EXIT_CODE;
  } finally {
    await connection.close();
  }
}

if (require.main === module) runCli(() => graphCheckMain(process.argv.slice(2)));
