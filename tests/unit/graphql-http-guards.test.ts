import { GraphQLError } from 'graphql';
import { precheckDocument } from '../../src/graphql/limits/document-precheck';
import { limitErrorCode } from '../../src/graphql/limits/limit-error-code';
import { describeHttpError } from '../../src/http/graphql-http-guards';

const limits = { maxAliases: 3, maxTokens: 200, maxRepeats: 5 };

describe('precheckDocument', () => {
  it('lets ordinary documents and syntax errors through (Apollo reports those)', () => {
    expect(precheckDocument('{ a: person { id } b: person { id } }', limits)).toBeUndefined();
    expect(precheckDocument('{ person { id ', limits)).toBeUndefined();
  });
  it('refuses alias floods, repeated fields and too many tokens', () => {
    expect(precheckDocument('{ a: x b: x c: x d: x }', limits)).toBe('more than 3 aliases in one document');
    expect(precheckDocument(`{ ${'people { id } '.repeat(6)}}`, limits)).toBe('field "people" is repeated more than 5 times in one selection');
    expect(precheckDocument(`{ ${'x '.repeat(300)}}`, limits)).toBe('the document has more than 200 tokens');
  });
});

describe('limitErrorCode', () => {
  it('recovers QUERY_TOO_COMPLEX from the error Apollo wrapped', () => {
    const wrapped = (original: GraphQLError) => new GraphQLError(original.message, { originalError: original, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(limitErrorCode(wrapped(new GraphQLError('too deep', { extensions: { code: 'QUERY_TOO_COMPLEX' } })))).toBe('QUERY_TOO_COMPLEX');
    expect(limitErrorCode(wrapped(new GraphQLError('Validation aborted.')))).toBe('QUERY_TOO_COMPLEX');
    expect(limitErrorCode(wrapped(new GraphQLError('Cannot query field "x" on type "Query".')))).toBeUndefined();
  });
});

describe('describeHttpError', () => {
  it('maps body-parser errors to stable codes, and hides 5xx details', () => {
    expect(describeHttpError({ type: 'entity.parse.failed', status: 400 })).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(describeHttpError({ type: 'entity.too.large', status: 413, limit: 10 })).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'the request body is over the limit of 10 bytes',
    });
    expect(describeHttpError({ type: 'charset.unsupported', status: 415 })).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(describeHttpError({ status: 404 })).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(describeHttpError(new Error('/secret/path exploded'))).toEqual({ status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'internal server error' });
  });
});
