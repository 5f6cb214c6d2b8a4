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
    return stripBom(new TextDecoder('windows-1252').decode(bytes));
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** TextDecoder drops a BOM it recognises; this also catches a UTF-8 BOM read as windows-1252 ("ï»¿"). */
function stripBom(text: string): string {
  return text.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '');
}
