/** One page of an ordered list, as a repository returns it. */
export interface Page<T> {
  items: T[];
  /** True when the list goes on after this page (the repository asked for one item more). */
  hasNextPage: boolean;
}

/** Repositories fetch `limit + 1` rows; this cuts the extra one off and records that it existed. */
export function toPage<T>(rows: T[], limit: number): Page<T> {
  return { items: rows.slice(0, limit), hasNextPage: rows.length > limit };
}

/** A validated page: skip `offset` items, return at most `limit`. */
export interface PageRequest {
  offset: number;
  limit: number;
}
