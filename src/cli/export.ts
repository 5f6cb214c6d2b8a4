/**
 * `npm run export [-- FILE] [--json]`: writes the whole graph in the canonical format
 * (NDJSON by default, one JSON document with --json, or by a .json file name) to FILE or stdout.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../startup/connect-database';
import { exportGraphDocument } from '../db/export-graph-document';
import { formatJson, formatNdjson } from '../importers/canonical/format-graph-document';
import { runCli } from './cli-support';

async function exportMain(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const file = positionals[0];
  const connection = await connectDatabase(loadConfig(), (line) => console.error(line));
  try {
    const document = await exportGraphDocument(connection.executor);
    const text = values.json || file?.endsWith('.json') ? formatJson(document) : formatNdjson(document);
    if (file) {
      fs.writeFileSync(file, text);
      console.error(`exported ${document.people.length} people, ${document.papers.length} papers, ${document.topics.length} topics to ${file}`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await connection.close();
  }
  return 0;
}

if (require.main === module) runCli(() => exportMain(process.argv.slice(2)));
