import { buildConnection } from '../../../src/graphql/common/build-connection';
import { decodeCursor, encodeCursor, MAX_CURSOR_OFFSET } from '../../../src/graphql/common/cursor';
import { pageRequest } from '../../../src/graphql/common/page-request';

describe('cursors', () => {
  it('round-trips offsets and are opaque', () => {
    for (const offset of [0, 1, 19, 12345, MAX_CURSOR_OFFSET]) expect(decodeCursor(encodeCursor(offset))).toBe(offset);
    expect(encodeCursor(3)).not.toContain('3');
  });

  const b64 = (text: string) => Buffer.from(text).toString('base64');
  it.each(['', 'garbage', '%%%', ...['offset:-1', 'offset:1.5', 'other:3', 'offset:1e3', 'offset:0x10', 'offset: 5', 'offset:007', 'offset:', 'offset:3000000000'].map(b64)])(
    'refuses %j with BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }));
    },
  );
});

describe('pageRequest', () => {
  it('starts after the cursor', () => {
    expect(pageRequest(20, null, 100)).toEqual({ offset: 0, limit: 20 });
    expect(pageRequest(5, encodeCursor(9), 100)).toEqual({ offset: 10, limit: 5 });
  });

  it.each([0, -1, 101, 2.5, null as unknown as number])('refuses first = %p with BAD_USER_INPUT', (first) => {
    expect(() => pageRequest(first, null, 100)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'first' }) }));
  });
});

describe('buildConnection', () => {
  it('gives each edge the cursor of its offset and fills pageInfo', () => {
    const connection = buildConnection(
      { items: ['c', 'd'], hasNextPage: true },
      { offset: 2, limit: 2 },
      (node) => ({ node }),
      async () => 9,
    );
    expect(connection.edges).toEqual([
      { node: 'c', cursor: encodeCursor(2) },
      { node: 'd', cursor: encodeCursor(3) },
    ]);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) });
  });

  it('does not count until asked', async () => {
    const count = jest.fn(async () => 9);
    const connection = buildConnection({ items: [], hasNextPage: false }, { offset: 0, limit: 2 }, (node) => ({ node }), count);
    expect(count).not.toHaveBeenCalled();
    expect(connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    await expect(connection.countTotal()).resolves.toBe(9);
  });
});
