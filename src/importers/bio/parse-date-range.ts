/** A period as ISO dates of the precision the source gives ("2020", "2022-10"). No end = ongoing. */
export interface DateRange {
  start?: string;
  end?: string;
}

const MONTH_NUMBERS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const SEASONS = 'spring|summer|fall|autumn|winter';
const MONTH = Object.keys(MONTH_NUMBERS).join('|');

// "October 2022", "Oct. 2022", "2020", "Summer 2019" (a season keeps year precision only).
const DATE = `(?:(?:${MONTH})\\.?\\s+|(?:${SEASONS})\\s+)?(?:19|20)\\d\\d`;
const OPEN_END = 'present|current|now|today|ongoing';
const RANGE = new RegExp(`^(${DATE})\\s*(?:-|–|—|to|until)\\s*(${DATE}|${OPEN_END})$`, 'i');
const SINGLE = new RegExp(`^(${DATE})$`, 'i');
const MONTH_YEAR = new RegExp(`^(${MONTH})\\.?\\s+((?:19|20)\\d\\d)$`, 'i');

/** "October 2022" → "2022-10", "2020" → "2020", "Summer 2019" → "2019"; undefined if not a date. */
export function parsePartialDate(text: string): string | undefined {
  const monthYear = MONTH_YEAR.exec(text.trim());
  if (monthYear) return `${monthYear[2]}-${String(MONTH_NUMBERS[monthYear[1].toLowerCase()]).padStart(2, '0')}`;
  return SINGLE.test(text.trim()) ? /(?:19|20)\d\d/.exec(text)?.[0] : undefined;
}

/** "December 2021" → "2021-12": the talk-date form, a month and a year and nothing else. */
export function parseMonthYear(text: string): string | undefined {
  return MONTH_YEAR.test(text.trim()) ? parsePartialDate(text) : undefined;
}

/**
 * Reads a line that is only a period: "October 2022-Present" → {start: "2022-10"} (no end:
 * ongoing), "2020 - 2021" → {start: "2020", end: "2021"}. A single date is a period of that
 * precision, so it is both start and end ("2019" → {start: "2019", end: "2019"}).
 */
export function parseDateRange(text: string): DateRange | undefined {
  const trimmed = text.trim();
  const range = RANGE.exec(trimmed);
  if (range) {
    const start = parsePartialDate(range[1]);
    const end = new RegExp(`^(?:${OPEN_END})$`, 'i').test(range[2]) ? undefined : parsePartialDate(range[2]);
    return end === undefined ? { start } : { start, end };
  }
  const single = parsePartialDate(trimmed);
  return single === undefined ? undefined : { start: single, end: single };
}
