import type { RequestContext } from '../context';
import { unauthenticated } from '../errors';

/**
 * Guards a mutation: throws UNAUTHENTICATED (HTTP 401) unless the request carried
 * `Authorization: Bearer <key>` with a key from API_KEYS. Reads stay public.
 */
export function requireWriteKey(context: RequestContext): void {
  if (!context.canWrite) throw unauthenticated();
}
