/**
 * `npm run import -- FILE... [--format bio|bibtex|canonical] [--dry-run] [--rejects FILE] [--batch-size N]`
 * Imports bios, BibTeX and canonical JSON/NDJSON into the graph. Idempotent: a second run changes nothing.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../startup/connect-database';
import { applyMigrations } from '../db/migrations';
import { detectFormat, IMPORT_FORMATS, ImportFormat, parseImportFile } from '../importers/parse-import-file';
import { loadTopicVocabulary } from '../importers/topics/topic-vocabulary';
import { writeGraphDocument } from '../db/write/write-graph-document';
import { createProgress, formatReport, runCli, writeRejects } from './cli-support';

export async function importMain(argv: string[], defaults: { files?: string[]; format?: ImportFormat } = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      rejects: { type: 'string' },
      'batch-size': { type: 'string' },
    },
  });
  const config = loadConfig();
  const files = positionals.length ? positionals : (defaults.files ?? []);
  if (files.length === 0) throw new Error('name a file to import, e.g. npm run import -- refs.bib');
  const format = values.format ?? defaults.format;
  if (format !== undefined && !IMPORT_FORMATS.includes(format as ImportFormat)) throw new Error(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) throw new Error('--batch-size must be an integer from 1 to 100000');

  const vocabulary = loadTopicVocabulary(config.seed.topicsFile);
  const parsed = files.map((file) => parseImportFile(path.resolve(file), (format as ImportFormat) ?? detectFormat(file), vocabulary));
  if (values['dry-run']) {
    for (const item of parsed) process.stdout.write(`${JSON.stringify(item.document, null, 2)}\n`);
    return 0;
  }

  const connection = await connectDatabase(config, (line) => console.error(line));
  try {
    await applyMigrations(connection.executor);
    for (const [index, item] of parsed.entries()) {
      const file = files[index];
      const started = Date.now();
      const progress = createProgress(path.basename(file));
      const report = await writeGraphDocument(connection.executor, item.document, { batchSize, onProgress: (p) => progress.update(p) });
      progress.stop();
      report.rejected.unshift(...item.rejects);
      console.log(`${file} (${item.format}) imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      console.log(formatReport(report));
      const rejectsFile = writeRejects(report.rejected, values.rejects ?? path.join(config.rootDir, 'rejects', `${path.basename(file)}.rejects.ndjson`));
      if (rejectsFile) console.log(`rejected records, with reasons and lines: ${rejectsFile}`);
    }
  } finally {
    await connection.close();
  }
  return 0;
}

if (require.main === module) runCli(() => importMain(process.argv.slice(2)));
