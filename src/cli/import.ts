/**
 * `npm run import -- FILE... [--format bio|bibtex|canonical|dblp|openalex|csl|ris] [--dry-run] [--rejects FILE] [--batch-size N]`
 * Imports bios, BibTeX, DBLP XML, OpenAlex works, CSL-JSON, RIS and canonical JSON/NDJSON into the graph. Idempotent: a second run changes nothing.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../startup/connect-database';
import { applyMigrations } from '../db/migrations';
import { detectFormat, IMPORT_FORMATS, ImportFormat, readImportFile } from '../importers/parse-import-file';
import { loadTopicVocabulary } from '../importers/topics/topic-vocabulary';
import { GraphWriter } from '../db/write/graph-writer';
import { ImportReport, mergeReports } from '../db/write/write-graph-document';
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
  const formatOf = (file: string) => (format as ImportFormat) ?? detectFormat(file);
  if (values['dry-run']) {
    for (const file of files)
      for await (const item of readImportFile(path.resolve(file), formatOf(file), vocabulary)) process.stdout.write(`${JSON.stringify(item.document, null, 2)}\n`);
    return 0;
  }

  const connection = await connectDatabase(config, (line) => console.error(line));
  try {
    await applyMigrations(connection.executor, (line) => console.error(line));
    const writer = new GraphWriter(connection.executor);
    for (const file of files) {
      const started = Date.now();
      const progress = createProgress(path.basename(file));
      let report: ImportReport | undefined;
      let itemFormat = formatOf(file);
      // One chunk for most formats; DBLP XML and OpenAlex JSON Lines stream a chunk of records at a time.
      for await (const item of readImportFile(path.resolve(file), itemFormat, vocabulary)) {
        itemFormat = item.format;
        const chunk = await writer.importDocument(item.document, { batchSize, onProgress: (p) => progress.update(p), resolveIdentities: item.format !== 'canonical' });
        chunk.rejected.unshift(...item.rejects);
        report = report ? mergeReports(report, chunk) : chunk;
      }
      progress.stop();
      if (!report) continue;
      console.log(`${file} (${itemFormat}) imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
