/** A minimal GraphQL-over-HTTP client for tests: what curl would send. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  body: { data?: Data | null; errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }> };
}

export async function postGraphQL<Data = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Data>['body'] };
}
