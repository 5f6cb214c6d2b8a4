/**
 * `npm run bench:generate -- --papers 100k [--seed N] [--out FILE.ndjson] [--import]`
 *
 * Generates a synthetic scholarly graph. --out writes it as canonical NDJSON (importable
 * with `npm run import`); --import writes it into the configured Neo4j (NEO4J_URI, or the
 * local one) through writeGraphDocument with progress, and reports wall time and rows/s.
 * This is how the 1M size is run by hand.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/startup/connect-database';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { formatNdjson } from '../src/importers/canonical/format-graph-document';
import { runCli, createProgress } from '../src/cli/cli-support';
import { writeGraphDocument } from '../src/db/write/write-graph-document';
import { parseSize } from './datasets';
import { DEFAULT_SEED, generateSyntheticGraph } from './generate-synthetic';

async function generateMain(argv: string[]): Promise<number> {
  const flag = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const papers = parseSize(flag('papers') ?? '10k');
  if (papers === undefined) throw new Error('--papers must be a count such as 2500, 10k or 1m');
  const seed = Number(flag('seed') ?? DEFAULT_SEED);
  let started = Date.now();
  const document = generateSyntheticGraph({ papers, seed });
  console.error(`Generated ${papers} papers, ${document.people.length} people in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const out = flag('out');
  if (out) {
    fs.writeFileSync(out, formatNdjson(document));
    console.error(`Wrote ${out}`);
  }
  if (argv.includes('--import')) {
    const config = loadConfig();
    const connection = await connectDatabase(config, (line) => console.error(line));
    try {
      const executor = new Executor(connection.driver, { database: config.neo4j.database, timeoutMs: 600_000 });
      await applyMigrations(executor);
      const progress = createProgress('import');
      let rows = 0;
      started = Date.now();
      const report = await writeGraphDocument(executor, document, {
        onProgress: (update) => {
          rows = update.total;
          progress.update(update);
        },
      });
      progress.stop();
      const seconds = (Date.now() - started) / 1000;
      console.error(`Imported ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s), ${report.rejected.length} rejected`);
    } finally {
      await connection.close();
    }
  }
  return 0;
}

if (require.main === module) runCli(() => generateMain(process.argv.slice(2)));
