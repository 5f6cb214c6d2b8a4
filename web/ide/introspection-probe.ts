/**
 * Asks the API whether it allows introspection (off by default in production). GraphiQL needs
 * it for docs and autocompletion; when it is off the page says how to turn it on instead of
 * showing GraphiQL's raw error.
 */
export type IntrospectionState = 'enabled' | 'disabled' | 'unknown';

export async function probeIntrospection(endpoint: string): Promise<IntrospectionState> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message?: string }> };
    if (body.errors?.some((error) => /introspection/i.test(error.message ?? ''))) return 'disabled';
    return body.data ? 'enabled' : 'unknown';
  } catch {
    return 'unknown';
  }
}
