/**
 * The browser's only way to the data: POST /graphql on this origin (the public API).
 * Errors keep the API's extensions.code so the pages can say what went wrong.
 */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    /** extensions.code of the first error, or NETWORK_ERROR / HTTP_<status>. */
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Runs one operation; resolves with `data`, rejects with a GraphQLRequestError. Aborts with `signal`. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError('The API cannot be reached. Is the server running?', 'NETWORK_ERROR');
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new GraphQLRequestError(`The API answered HTTP ${response.status} without JSON.`, `HTTP_${response.status}`);
  }
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new GraphQLRequestError(first.message, first.extensions?.code ?? `HTTP_${response.status}`);
  }
  if (!body.data) throw new GraphQLRequestError(`The API answered HTTP ${response.status} with no data.`, `HTTP_${response.status}`);
  return body.data;
}

/** True for the rejection of an aborted request (superseded by a newer one): not an error to show. */
export const isAbort = (error: unknown): boolean => (error as Error)?.name === 'AbortError';
