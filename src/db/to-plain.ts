import { isInt } from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON values: Neo4j integers become numbers
 * (every integer in this graph — years, counts, positions — fits in a double).
 */
export function toPlain<T>(value: unknown): T {
  return convert(value) as T;
}

function convert(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(convert);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = convert(item);
    return out;
  }
  return value;
}
