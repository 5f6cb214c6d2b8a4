/** A failure of the local Neo4j's provisioning or lifecycle, worded as one actionable line. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
