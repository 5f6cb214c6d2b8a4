/**
 * Decodes the bytes of a .bib file into a string.
 *
 * Contract: UTF-8 when the bytes are valid UTF-8 (strictly checked), otherwise
 * windows-1252 (the superset of Latin-1 that old .bib files are usually written in);
 * a UTF-16 byte-order mark selects UTF-16. A leading BOM is never part of the result.
 * Never throws: every byte sequence is valid windows-1252.
 */
export function decodeBibtexBytes(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return stripBom(new TextDecoder(utf16).decode(bytes));
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return stripBom(decodeWindows1252(bytes));
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** windows-1252 bytes 0x80..0x9F; the five it leaves undefined stay C1 controls, as in the WHATWG standard. */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Latin-1 plus the windows-1252 characters at 0x80..0x9F. Not TextDecoder('windows-1252'): Node 20
 * decodes that as plain Latin-1 (nodejs/node#56542), turning "€" into U+0080.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9F]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/** TextDecoder drops a BOM it recognises; this also catches a UTF-8 BOM read as windows-1252 ("ï»¿"). */
function stripBom(text: string): string {
  return text.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '');
}
