/**
 * Splits DBLP's homonym number off a name: "Wei Chen 0001" → { name: "Wei Chen", number: "0001" }.
 * DBLP appends a 4-digit number to tell apart people who share a name; it is not part of
 * the name. A name without one comes back as it is (trimmed), with no number.
 */
export function splitDblpName(dblpName: string): { name: string; number?: string } {
  const trimmed = dblpName.trim();
  const match = /^(.*\S)\s+(\d{4})$/.exec(trimmed);
  return match ? { name: match[1], number: match[2] } : { name: trimmed };
}
