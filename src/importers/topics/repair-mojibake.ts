/** Windows-1252's characters in 0x80-0x9F, by the byte they stand for. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE = new Map<string, number>([...CP1252].map((char, index) => [char, 0x80 + index]));
/** A UTF-8 lead byte read as a Latin character, followed by a continuation byte read the same way: "Ã³", "â€". */
const SIGNATURE = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

/**
 * Repairs UTF-8 that was decoded as Windows-1252 or Latin-1: "visualizaciÃ³n" →
 * "visualización", "â€“" → "–". Returns the text unchanged when it shows no such damage,
 * the repair when every character maps back to a byte and the bytes are valid UTF-8, and
 * undefined when damaged text cannot be repaired.
 */
export function repairMojibake(text: string): string | undefined {
  if (!SIGNATURE.test(text)) return text;
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) || (code >= 0x80 && code <= 0x9f) ? code : BYTE.get(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}
