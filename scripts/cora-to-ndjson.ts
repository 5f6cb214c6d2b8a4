/**
 * Converts the CoRA data set (../shared/datasets/cora) into the canonical NDJSON format,
 * for `npm run import`. Usage: node dist/scripts/cora-to-ndjson.js [OUT] [--dir DIR] [--limit N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findRootDir } from '../src/config';
import { formatNdjson } from '../src/importers/canonical/format-graph-document';
import { convertCora } from '../src/importers/cora/convert-cora';

export const DEFAULT_CORA_DIR = path.resolve(findRootDir(), '..', 'shared', 'datasets', 'cora');

if (require.main === module) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' }, limit: { type: 'string' } } });
  const out = positionals[0] ?? path.join(findRootDir(), '.neo4j', 'cora.ndjson');
  const started = Date.now();
  const document = convertCora(values.dir ?? DEFAULT_CORA_DIR, values.limit ? { limitPapers: Number(values.limit) } : {});
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, formatNdjson(document));
  console.log(`CoRA → ${out}: ${document.papers.length} papers, ${document.people.length} people, ${document.topics.length} topics in ${Date.now() - started} ms`);
}
