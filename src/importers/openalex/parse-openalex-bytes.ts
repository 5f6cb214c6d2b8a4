import { gunzipSync } from 'node:zlib';
import { OpenAlexFormatError } from './openalex-format-error';
import { parseOpenAlex, type OpenAlexParseResult } from './parse-openalex';

/** True when `bytes` start with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * parseOpenAlex for the bytes of a file: gzip (the snapshot's `part_000.gz`) is recognised by its
 * magic number and un-gzipped; the text is UTF-8 (what OpenAlex writes). A damaged gzip stream
 * throws OpenAlexFormatError.
 */
export function parseOpenAlexBytes(bytes: Uint8Array, source: string): OpenAlexParseResult {
  let plain: Uint8Array = bytes;
  if (isGzip(bytes)) {
    try {
      plain = gunzipSync(bytes);
    } catch (error) {
      throw new OpenAlexFormatError(`cannot un-gzip the input: ${(error as Error).message}`);
    }
  }
  return parseOpenAlex(new TextDecoder('utf-8').decode(plain), source);
}
