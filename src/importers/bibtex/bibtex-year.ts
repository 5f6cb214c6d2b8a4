export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

/**
 * The publication year of an entry from its raw `year` field, or else from the year at the
 * start of a biblatex `date` ("2021-05-03"). Braces are ignored ("{2020}").
 * Returns `{}` when there is no year, and an error for a non-number or a year outside
 * 1000..2100 — such an entry is rejected rather than imported with a wrong year.
 */
export function readBibtexYear(year: string | undefined, date: string | undefined): { year?: number } | { error: string } {
  const text = (year ?? '').replace(/[{}]/g, '').trim();
  if (!text) {
    const fromDate = /^\s*\{?(\d{4})\b/.exec(date ?? '');
    return fromDate ? { year: Number(fromDate[1]) } : {};
  }
  if (!/^\d+$/.test(text)) return { error: `year "${text}" is not a number` };
  const value = Number(text);
  if (value < MIN_YEAR || value > MAX_YEAR) return { error: `year ${text} is out of range` };
  return { year: value };
}
