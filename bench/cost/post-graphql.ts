import type { GraphQLRequest } from '../operations/operations';

export interface GraphQLAnswer {
  status: number;
  data: Record<string, any> | null;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
  extensions: Record<string, any> | undefined;
}

/** One GraphQL request over HTTP, as a client sends it. */
export async function postGraphQL(url: string, request: GraphQLRequest): Promise<GraphQLAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const body = (await response.json()) as Omit<GraphQLAnswer, 'status'>;
  return { status: response.status, data: body.data ?? null, errors: body.errors, extensions: body.extensions };
}
