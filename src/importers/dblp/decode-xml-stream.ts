import { DblpFormatError } from './dblp-format-error';

/** Enough bytes for any XML declaration: `<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>`. */
const DECLARATION_BYTES = 256;

/**
 * Decodes a byte (or string) stream of XML into strings, in the encoding its XML declaration
 * names: UTF-8 (also the default), or ISO-8859-1 / US-ASCII / windows-1252, which dblp.xml
 * declares. A byte-order mark is dropped. Multi-byte characters split between chunks decode
 * whole. Another declared encoding throws DblpFormatError (line 1).
 */
export async function* decodeXmlStream(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let head = Buffer.alloc(0);
  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      // A stream with an encoding set has decoded itself already.
      if (head.length) throw new DblpFormatError('the stream mixes bytes and strings', 1, 1);
      yield decoder ? chunk : chunk.replace(/^\uFEFF/, '');
      decoder ??= new TextDecoder();
      continue;
    }
    if (decoder) {
      yield decoder.decode(chunk, { stream: true });
      continue;
    }
    head = Buffer.concat([head, chunk]);
    const start = head.toString('latin1');
    const complete = start.includes('?>') || head.length >= DECLARATION_BYTES || !'<?xml'.startsWith(start.replace(/^\u00EF\u00BB\u00BF/, '').slice(0, 5));
    if (!complete) continue;
    decoder = new TextDecoder(encodingOf(start));
    yield decoder.decode(head, { stream: true });
    head = Buffer.alloc(0);
  }
  if (!decoder && head.length) decoder = new TextDecoder(encodingOf(head.toString('latin1')));
  if (decoder) {
    const rest = decoder.decode(head.length ? head : undefined);
    if (rest) yield rest;
  }
}

function encodingOf(start: string): string {
  const declared = /^(?:\u00EF\u00BB\u00BF)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(start)?.[1].toLowerCase();
  if (!declared || declared === 'utf-8' || declared === 'utf8') return 'utf-8';
  if (['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252'].includes(declared)) return 'windows-1252';
  throw new DblpFormatError(`unsupported encoding "${declared}"`, 1, 1);
}
