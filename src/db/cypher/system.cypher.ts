import type { Statement } from '../executor';

export interface ComponentRow {
  name: string;
  versions: string[];
  edition: string;
}

/** The Neo4j kernel's version and edition. */
export const dbmsComponents = (): Statement<Record<string, never>> => ({
  name: 'dbmsComponents',
  cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
  params: {},
});

/** The cheapest query that proves the database answers. */
export const ping = (): Statement<Record<string, never>> => ({
  name: 'ping',
  cypher: 'RETURN 1 AS ok',
  params: {},
});
