import fs from 'node:fs';
import path from 'node:path';
import { decodeBibtexBytes } from './bibtex/decode-bibtex-bytes';
import { parseBibtex } from './bibtex/parse-bibtex';
import { parseBio } from './bio/parse-bio';
import type { GraphDocument } from '../graph/graph-document';
import { readGraphDocument } from './canonical/read-graph-document';
import { parseCslJson } from './csl/parse-csl-json';
import { parseDblp } from './dblp/parse-dblp';
import { streamDblp } from './dblp/stream-dblp';
import type { ImportReject } from '../graph/import-reject';
import { parseOpenAlexBytes } from './openalex/parse-openalex-bytes';
import { streamOpenAlexLines } from './openalex/stream-openalex-lines';
import { parseRis } from './ris/parse-ris';
import { tagTopics } from './topics/tag-topics';
import type { TopicVocabulary } from './topics/topic-vocabulary';

export type ImportFormat = 'bio' | 'bibtex' | 'canonical' | 'dblp' | 'openalex' | 'csl' | 'ris';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['bio', 'bibtex', 'canonical', 'dblp', 'openalex', 'csl', 'ris'];

export interface ParsedImport {
  format: ImportFormat;
  document: GraphDocument;
  /** Records the parser itself could not read. */
  rejects: ImportReject[];
}

/**
 * The format a file's name implies, looking into JSON files to tell their kinds apart:
 * .bib → bibtex, .ris → ris, .xml → dblp, .jsonl/.jsonl.gz → openalex (the snapshot's JSON Lines);
 * .json/.ndjson → canonical, unless the text is an OpenAlex page or work, or CSL-JSON; else bio.
 */
export function detectFormat(file: string): ImportFormat {
  const name = file.toLowerCase();
  const extension = path.extname(name);
  if (extension === '.bib' || extension === '.bibtex') return 'bibtex';
  if (extension === '.ris') return 'ris';
  if (extension === '.xml') return 'dblp';
  if (name.endsWith('.jsonl') || name.endsWith('.jsonl.gz')) return 'openalex';
  if (['.json', '.ndjson'].includes(extension)) return sniffJson(file);
  return 'bio';
}

/** Reads the first 64 KiB: enough to see which JSON it is without reading a large file whole. */
function sniffJson(file: string): ImportFormat {
  const head = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'r');
  const length = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const text = head.subarray(0, length).toString('utf8');
  if (/"format"\s*:\s*"collabgraph\//.test(text) || /"kind"\s*:\s*"header"/.test(text)) return 'canonical';
  if (/"https:\/\/openalex\.org\/W\d+"/.test(text)) return 'openalex';
  if (/"message-type"\s*:\s*"work/.test(text) || /"container-title"|"issued"\s*:\s*\{|"type"\s*:\s*"(article-journal|paper-conference|chapter|article)"/.test(text)) return 'csl';
  return 'canonical';
}

/** Formats read as a stream of documents, a chunk of records at a time (files of gigabytes). */
const STREAMED: ReadonlySet<ImportFormat> = new Set(['dblp']);

/**
 * The parse step of every import: reads `file` in `format` and yields canonical documents,
 * each tagged with the vocabulary's topics: one for most formats, one per chunk of records for
 * DBLP XML and OpenAlex JSON Lines, which are streamed. Throws on input that cannot be read at
 * all (not text, malformed structure: the message names the line or position); rejects single
 * bad records.
 */
export async function* readImportFile(file: string, format: ImportFormat, vocabulary: TopicVocabulary, recordsPerChunk = 1000): AsyncGenerator<ParsedImport> {
  const source = `${format}:${path.basename(file)}`;
  const tagged = (result: { document: GraphDocument; rejects: ImportReject[] }): ParsedImport => ({
    format,
    document: tagTopics(result.document, vocabulary),
    rejects: result.rejects,
  });
  if (STREAMED.has(format) || (format === 'openalex' && /\.jsonl(\.gz)?$/i.test(file))) {
    const stream = fs.createReadStream(file);
    const chunks = format === 'dblp' ? streamDblp(stream, source, { recordsPerChunk }) : streamOpenAlexLines(stream, source, { recordsPerChunk });
    for await (const chunk of chunks) yield tagged(chunk);
    return;
  }
  yield parseImportFile(file, format, vocabulary);
}

/**
 * Reads a whole file in `format` as one document (see readImportFile, which streams the large
 * formats), tagged with the vocabulary's topics.
 */
export function parseImportFile(file: string, format: ImportFormat, vocabulary: TopicVocabulary): ParsedImport {
  const bytes = fs.readFileSync(file);
  const source = `${format}:${path.basename(file)}`;
  let result: { document: GraphDocument; rejects: ImportReject[] };
  if (format === 'bibtex') result = parseBibtex(decodeBibtexBytes(bytes), source);
  else if (format === 'openalex') result = parseOpenAlexBytes(bytes, source);
  else {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\u0000')) throw new Error(`${file} is not text (it holds NUL bytes)`);
    result = parseText(text, format, source);
  }
  return { format, document: tagTopics(result.document, vocabulary), rejects: result.rejects };
}

function parseText(text: string, format: Exclude<ImportFormat, 'bibtex' | 'openalex'>, source: string): { document: GraphDocument; rejects: ImportReject[] } {
  switch (format) {
    case 'bio':
      return { document: parseBio(text, source), rejects: [] };
    case 'canonical':
      return { document: readGraphDocument(text, source), rejects: [] };
    case 'csl':
      return parseCslJson(text, source);
    case 'ris':
      return parseRis(text, source);
    case 'dblp':
      return parseDblp(text, source);
  }
}
