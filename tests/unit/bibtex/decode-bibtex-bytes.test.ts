import { decodeBibtexBytes } from '../../../src/importers/bibtex/decode-bibtex-bytes';

describe('decodeBibtexBytes', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeBibtexBytes(Buffer.from('\uFEFF@misc{a, title = {Jörg Müller}}', 'utf8'))).toBe('@misc{a, title = {Jörg Müller}}');
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    const latin1 = Buffer.from('@misc{a, title = {Caf\xe9 na\xefve, J\xf6rg}}', 'latin1');
    expect(decodeBibtexBytes(latin1)).toBe('@misc{a, title = {Café naïve, Jörg}}');
    // 0x80 and 0x93/0x94 are control codes in Latin-1 but "€" and curly quotes in windows-1252.
    expect(decodeBibtexBytes(Uint8Array.from([0x80, 0x20, 0x93, 0x71, 0x94]))).toBe('€ “q”');
  });

  it('drops a UTF-8 byte-order mark also when the rest is not UTF-8', () => {
    expect(decodeBibtexBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe9]))).toBe('Aé');
  });

  it('decodes UTF-16 files marked by their byte-order mark', () => {
    expect(decodeBibtexBytes(Buffer.from('\uFEFF@misc{ö}', 'utf16le'))).toBe('@misc{ö}');
  });
});
