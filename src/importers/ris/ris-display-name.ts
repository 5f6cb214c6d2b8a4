/**
 * The display form of a RIS author: "Last, First" → "First Last", "Last, First, Suffix" →
 * "First Last Suffix" ("Keim, Daniel A." → "Daniel A. Keim", "Keim, D.A." → "D.A. Keim").
 * A name without a comma (an organisation, or "First Last") is kept as written.
 */
export function risDisplayName(raw: string): string {
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.length < 2 || !parts[0] || !parts[1]) return raw.replace(/\s+/g, ' ').trim();
  const [last, first, ...suffix] = parts;
  return [first, last, ...suffix].filter(Boolean).join(' ').replace(/\s+/g, ' ');
}
