import { badInput } from '../../errors';

/** Prefix inside the base64 so that a cursor from another API (or a typo) is refused, not misread. */
const PREFIX = 'offset:';

/**
 * The largest offset a cursor may carry. Neo4j slices lists with 32-bit indexes, so offsets near
 * 2^31 failed inside the driver; no list of this graph comes close to a billion items.
 */
export const MAX_CURSOR_OFFSET = 1_000_000_000;

/** Decimal digits only: no sign, exponent, hex, fraction or leading zero ("1e3", "0x10", "007"). */
const DIGITS = /^(0|[1-9][0-9]{0,9})$/;

/** An opaque cursor for the item at `offset` (0-based) of an ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64');
}

/**
 * The offset a cursor stands for. BAD_USER_INPUT naming `argument` when it is not one of ours:
 * not base64 of "offset:<decimal>", or an offset over MAX_CURSOR_OFFSET.
 */
export function decodeCursor(cursor: string, argument = 'after'): number {
  const shown = JSON.stringify(cursor.slice(0, 40));
  const text = /^[A-Za-z0-9+/]*={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  const digits = text.startsWith(PREFIX) ? text.slice(PREFIX.length) : '';
  if (!DIGITS.test(digits)) throw badInput(`${argument}: ${shown} is not a cursor of this API (use an endCursor or cursor it returned)`, { argument });
  const offset = Number(digits);
  if (offset > MAX_CURSOR_OFFSET) throw badInput(`${argument}: ${shown} points past the largest offset a list can have (${MAX_CURSOR_OFFSET})`, { argument });
  return offset;
}
