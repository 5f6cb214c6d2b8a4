/** The network form's values, read and clamped in one place. */
export interface Controls {
  depth: number;
  minSharedPapers: number;
  limit: number;
  fromYear: number | null;
  toYear: number | null;
  topicId: string | null;
}

const field = <T extends HTMLInputElement | HTMLSelectElement>(id: string) => document.getElementById(id) as T;

const intOrNull = (raw: string): number | null => {
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : null;
};

const clamp = (value: number | null, min: number, max: number, fallback: number) => (value === null ? fallback : Math.min(max, Math.max(min, value)));

export function readControls(): Controls {
  let fromYear = intOrNull(field<HTMLInputElement>('year-from').value);
  let toYear = intOrNull(field<HTMLInputElement>('year-to').value);
  // A reversed range is almost surely a slip: swap rather than show nothing.
  if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
  return {
    depth: clamp(intOrNull(field('depth').value), 1, 3, 1),
    minSharedPapers: clamp(intOrNull(field('min-shared').value), 1, 50, 1),
    limit: clamp(intOrNull(field('limit').value), 1, 5000, 200),
    fromYear,
    toYear,
    topicId: field<HTMLSelectElement>('topic-filter').value || null,
  };
}

/** Sets the network controls from a link (#person=…&depth=2&min=1&limit=500); unknown values are ignored. */
export function writeControls(values: { depth: string | null; minSharedPapers: string | null; limit: string | null }): void {
  const depth = intOrNull(values.depth ?? '');
  if (depth !== null && depth >= 1 && depth <= 3) field('depth').value = String(depth);
  const min = intOrNull(values.minSharedPapers ?? '');
  if (min !== null && min >= 1) field('min-shared').value = String(min);
  const limit = intOrNull(values.limit ?? '');
  const select = field<HTMLSelectElement>('limit');
  if (limit !== null && limit >= 1 && limit <= 5000) {
    if (![...select.options].some((option) => option.value === String(limit))) select.appendChild(new Option(String(limit), String(limit)));
    select.value = String(limit);
  }
}
