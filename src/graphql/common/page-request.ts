import { badInput } from '../../errors';
import type { PageRequest } from '../../db/page';
import { decodeCursor } from './cursor';

/**
 * Validates `first` (1..maxPageSize) and decodes `after`. Every paged field goes through
 * here, so the limit and its error are the same everywhere.
 */
export function pageRequest(first: number, after: string | null | undefined, maxPageSize: number, argument = 'first'): PageRequest {
  return { offset: after ? decodeCursor(after) + 1 : 0, limit: checkFirst(first, maxPageSize, argument) };
}

/** `first` (or `limit`) must be 1..maxPageSize; BAD_USER_INPUT otherwise. */
export function checkFirst(first: number, maxPageSize: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw badInput(`${argument} must be between 1 and ${maxPageSize}, got ${first}`, { argument });
  }
  return first;
}
