import type { Statement } from '../executor';
import { namedMap, paperMap, personMap, topicMap } from './projections';
import type { SearchableLabel } from './searchable-page.cypher';

/** The labels that can be loaded by id, with their projection. */
const PROJECTIONS = {
  Person: personMap('n'),
  Paper: paperMap('n'),
  Venue: namedMap('n'),
  Institution: namedMap('n'),
  Topic: topicMap('n'),
} as const;

export type LoadableLabel = keyof typeof PROJECTIONS;

/** Venues and institutions as the listing queries page them (full-text on their names, else by name). */
export const VENUES: SearchableLabel = { name: 'venues', label: 'Venue', index: 'venueSearch', projection: namedMap };
export const INSTITUTIONS: SearchableLabel = { name: 'institutions', label: 'Institution', index: 'institutionSearch', projection: namedMap };

/**
 * Nodes of any loadable label by id, with their label, in one round trip (one index seek per
 * label and id); ids that do not exist return no row.
 */
export const anyNodesByIds = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'anyNodesByIds',
  cypher: `UNWIND $ids AS id
    CALL {
      ${(Object.keys(PROJECTIONS) as LoadableLabel[]).map((label) => `WITH id MATCH (n:${label} {id: id}) RETURN '${label}' AS label, ${PROJECTIONS[label]} AS node`).join('\n      UNION ALL\n      ')}
    }
    RETURN id, label, node`,
  params: { ids },
});

/** Nodes of one label by id, in one round trip; ids that do not exist return no row. */
export const nodesByIds = (label: LoadableLabel, ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: `${label.toLowerCase()}sByIds`,
  cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, ${PROJECTIONS[label]} AS node`,
  params: { ids },
});
