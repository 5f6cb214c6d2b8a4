import fs from 'node:fs';
import path from 'node:path';
import { decodeBibtexBytes } from './bibtex/decode-bibtex-bytes';
import { parseBibtex } from './bibtex/parse-bibtex';
import { parseBio } from './bio/parse-bio';
import type { GraphDocument } from '../graph/graph-document';
import { readGraphDocument } from './canonical/read-graph-document';
import type { ImportReject } from '../graph/import-reject';
import { tagTopics } from './topics/tag-topics';
import type { TopicVocabulary } from './topics/topic-vocabulary';

export type ImportFormat = 'bio' | 'bibtex' | 'canonical';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['bio', 'bibtex', 'canonical'];

export interface ParsedImport {
  format: ImportFormat;
  document: GraphDocument;
  /** Records the parser itself could not read. */
  rejects: ImportReject[];
}

/** The format a file's name implies: .bib → bibtex, .json/.ndjson/.jsonl → canonical, anything else → bio. */
export function detectFormat(file: string): ImportFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.bib' || extension === '.bibtex') return 'bibtex';
  if (['.json', '.ndjson', '.jsonl'].includes(extension)) return 'canonical';
  return 'bio';
}

/**
 * The parse step of every import: reads `file` in `format`, turns it into a canonical
 * document and tags its papers with the vocabulary's topics. Throws on input that cannot
 * be read at all (not text, malformed structure); rejects single bad records.
 */
export function parseImportFile(file: string, format: ImportFormat, vocabulary: TopicVocabulary): ParsedImport {
  const bytes = fs.readFileSync(file);
  const source = `${format}:${path.basename(file)}`;
  let document: GraphDocument;
  let rejects: ImportReject[] = [];
  if (format === 'bibtex') {
    const result = parseBibtex(decodeBibtexBytes(bytes), source);
    document = result.document;
    rejects = result.rejects;
  } else {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\u0000')) throw new Error(`${file} is not text (it holds NUL bytes)`);
    document = format === 'bio' ? parseBio(text, source) : readGraphDocument(text, source);
  }
  return { format, document: tagTopics(document, vocabulary), rejects };
}
