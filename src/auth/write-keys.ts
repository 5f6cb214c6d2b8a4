import crypto from 'node:crypto';

/** A key allowed to run mutations; revoked by removing it from API_KEYS. */
export interface ApiKey {
  key: string;
  /** After this instant the key is refused. */
  expiresAt?: Date;
}

/** SHA-256 digests have one length, so timingSafeEqual can compare any two keys. */
const digest = (text: string) => crypto.createHash('sha256').update(text).digest();

/**
 * True when `authorization` is `Bearer <key>` with a configured key that has not expired.
 * Compares in constant time against every configured key (no early exit), so response
 * times reveal nothing about the keys. Never logs the header.
 */
export function hasWriteKey(authorization: string | undefined, keys: readonly ApiKey[], now = new Date()): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return false;
  const candidate = digest(match[1]);
  let valid = false;
  for (const entry of keys) {
    const equal = crypto.timingSafeEqual(candidate, digest(entry.key));
    valid = (equal && (!entry.expiresAt || entry.expiresAt > now)) || valid;
  }
  return valid;
}

/**
 * Parses API_KEYS: comma-separated keys, each optionally `key@YYYY-MM-DD` (expires at the
 * start of that day, UTC). Throws a one-line Error naming a malformed entry (without the key).
 */
export function parseApiKeys(raw: string): ApiKey[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const [key, expiry, extra] = entry.split('@');
      if (extra !== undefined || key.length < 8 || /\s/.test(key)) {
        throw new Error(`API_KEYS entry ${index + 1} is not valid: expected a key of at least 8 characters, optionally followed by @YYYY-MM-DD`);
      }
      if (expiry === undefined) return { key };
      const expiresAt = new Date(`${expiry}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(expiry) || Number.isNaN(expiresAt.getTime())) {
        throw new Error(`API_KEYS entry ${index + 1} has an invalid expiry "${expiry}": expected YYYY-MM-DD`);
      }
      return { key, expiresAt };
    });
}
