import { MAX_YEAR, MIN_YEAR } from '../bibtex/bibtex-year';

/**
 * The year of a CSL date variable (`issued`): the first of its first `date-parts`
 * (`[[2024, 5, 7]]`, numbers or digit strings), else a four-digit year in `raw` ("2024-05") or
 * `literal` ("Spring 2024"). `{}` when the item has no date; an error for a year that is not a
 * number or lies outside 1000..2100, so that the item is rejected rather than misdated.
 */
export function readCslYear(date: unknown): { year?: number } | { error: string } {
  if (typeof date !== 'object' || date === null || Array.isArray(date)) return {};
  const record = date as Record<string, unknown>;
  const parts = record['date-parts'];
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? parts[0][0] : undefined;
  if (first !== undefined && first !== null && first !== '') {
    if (!/^-?\d+$/.test(String(first).trim())) return { error: `year ${JSON.stringify(first)} is not a number` };
    return inRange(Number(first));
  }
  for (const key of ['raw', 'literal']) {
    const text = record[key];
    const match = typeof text === 'string' ? /(?<!\d)(\d{4})(?!\d)/.exec(text) : null;
    if (match) return inRange(Number(match[1]));
  }
  return {};
}

function inRange(year: number): { year: number } | { error: string } {
  return year >= MIN_YEAR && year <= MAX_YEAR ? { year } : { error: `year ${year} is out of range (${MIN_YEAR}..${MAX_YEAR})` };
}
