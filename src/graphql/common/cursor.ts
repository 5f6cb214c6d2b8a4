import { badInput } from '../../errors';

/** Prefix inside the base64 so that a cursor from another API (or a typo) is refused, not misread. */
const PREFIX = 'offset:';

/** An opaque cursor for the item at `offset` (0-based) of an ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64');
}

/** The offset a cursor stands for; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw badInput(`"${cursor.slice(0, 40)}" is not a valid cursor`, { argument: 'after' });
  return offset;
}
