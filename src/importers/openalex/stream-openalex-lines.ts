import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { createOpenAlexState, OpenAlexDocumentBuilder } from './openalex-document-builder';
import type { OpenAlexParseResult } from './parse-openalex';
import { OpenAlexFormatError } from './openalex-format-error';
import { isGzip } from './parse-openalex-bytes';
import { readOpenAlexLine } from './read-openalex-line';

export interface StreamOpenAlexOptions {
  /** Works per yielded document (rejected ones count); default 1000. */
  recordsPerChunk?: number;
}

/**
 * Reads OpenAlex JSON Lines (a snapshot part, gzipped or not: recognised by its first bytes)
 * line by line and yields a document with its rejects every `recordsPerChunk` works, and one
 * for the rest. Each document is self-contained (it lists the people, venues and topics its
 * papers name, again if an earlier one did). Records and rejects are those parseOpenAlex gives
 * for the whole text, with one difference: `cites` name works of this or an earlier document
 * only, as a later one is not written yet. Duplicates are found across documents.
 * A line that is not JSON, or not a work, throws OpenAlexFormatError after the documents before
 * it were yielded; nothing of the unfinished document is.
 */
export async function* streamOpenAlexLines(input: NodeJS.ReadableStream, source: string, options: StreamOpenAlexOptions = {}): AsyncGenerator<OpenAlexParseResult> {
  const perChunk = options.recordsPerChunk ?? 1000;
  if (!Number.isInteger(perChunk) || perChunk < 1) throw new RangeError(`recordsPerChunk must be a positive integer, not ${perChunk}`);
  const state = createOpenAlexState();
  let builder = new OpenAlexDocumentBuilder(source, state);
  let works = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: Readable.from(ungzipped(input)), crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    builder.add(readOpenAlexLine(line, lineNumber), { line: lineNumber });
    if (++works === perChunk) {
      yield builder.finish();
      builder = new OpenAlexDocumentBuilder(source, state);
      works = 0;
    }
  }
  if (works > 0) yield builder.finish();
}

/** The input's bytes, un-gzipped when its first chunk starts with the gzip magic number. */
async function* ungzipped(input: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  const chunks = input[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  const head = toBuffer(first.value);
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield toBuffer(next.value);
  }
  if (!isGzip(head)) return yield* all();
  const gunzip = createGunzip();
  Readable.from(all())
    .on('error', (error) => gunzip.destroy(error))
    .pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    throw new OpenAlexFormatError(`cannot un-gzip the input: ${(error as Error).message}`);
  }
}

function toBuffer(chunk: string | Buffer): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}
