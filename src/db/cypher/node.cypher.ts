import type { Statement } from '../executor';
import { namedMap, paperMap, personMap, topicMap } from './projections';

/** The labels that can be loaded by id, with their projection. */
const PROJECTIONS = {
  Person: personMap('n'),
  Paper: paperMap('n'),
  Venue: namedMap('n'),
  Institution: namedMap('n'),
  Topic: topicMap('n'),
} as const;

export type LoadableLabel = keyof typeof PROJECTIONS;

/** Nodes of one label by id, in one round trip; ids that do not exist return no row. */
export const nodesByIds = (label: LoadableLabel, ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: `${label.toLowerCase()}sByIds`,
  cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, ${PROJECTIONS[label]} AS node`,
  params: { ids },
});
