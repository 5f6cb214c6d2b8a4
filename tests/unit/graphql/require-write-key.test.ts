import type { RequestContext } from '../../../src/context';
import { requireWriteKey } from '../../../src/graphql/auth';

describe('requireWriteKey', () => {
  it('lets a request with a write key through', () => {
    expect(() => requireWriteKey({ canWrite: true } as RequestContext)).not.toThrow();
  });

  it('answers UNAUTHENTICATED without one', () => {
    expect(() => requireWriteKey({ canWrite: false } as RequestContext)).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
  });
});
