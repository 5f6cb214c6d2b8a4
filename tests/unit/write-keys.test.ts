import { hasWriteKey, parseApiKeys } from '../../src/auth/write-keys';

describe('write keys', () => {
  const keys = parseApiKeys('alpha-key-1, beta-key-22@2030-06-01');
  it('parses keys and expiry dates', () => {
    expect(keys).toEqual([{ key: 'alpha-key-1' }, { key: 'beta-key-22', expiresAt: new Date('2030-06-01T00:00:00Z') }]);
  });
  it('accepts a configured key until it expires', () => {
    expect(hasWriteKey('Bearer alpha-key-1', keys)).toBe(true);
    expect(hasWriteKey('bearer   beta-key-22 ', keys, new Date('2030-05-31T23:59:59Z'))).toBe(true);
    expect(hasWriteKey('Bearer beta-key-22', keys, new Date('2030-06-01T00:00:00Z'))).toBe(false);
  });
  it('refuses anything else', () => {
    for (const header of [undefined, '', 'alpha-key-1', 'Bearer alpha-key-', 'Bearer alpha-key-1x', 'Basic alpha-key-1']) expect(hasWriteKey(header, keys)).toBe(false);
  });
  it('names a bad entry without echoing it', () => {
    expect(() => parseApiKeys('ok-key-123,short')).toThrow('API_KEYS entry 2 is not valid: expected a key of at least 8 characters, optionally followed by @YYYY-MM-DD');
    expect(() => parseApiKeys('ok-key-123@tomorrow')).toThrow('API_KEYS entry 1 has an invalid expiry "tomorrow": expected YYYY-MM-DD');
  });
});
