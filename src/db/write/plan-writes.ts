/**
 * The plan step: turns a validated GraphDocument into ordered batches of rows for the
 * upserts in ./write.cypher.ts. Nodes come before the relationships that
 * join them; within a step, rows are de-duplicated so a batch never touches a node twice.
 */
import { foldName } from '../../graph/keys';
import type { NodeRow, PersonWriteRow, RelationshipRow, RelationshipShape } from './write.cypher';
import type { NodeLabel } from '../cypher/schema.cypher';
import { blockingKeys } from '../../graph/identity/blocking-keys';
import { parseCached } from '../../graph/identity/score-prepared';
import type { GraphDocument, PersonRecord, VenueRecord } from '../../graph/graph-document';
import { foldTitle } from '../../graph/papers/fold-title';
import { venueMatchKeys } from '../../graph/venues/venue-match-keys';

export type WriteStep =
  | { kind: 'people'; name: 'Person'; rows: PersonWriteRow[] }
  | { kind: 'nodes'; name: Exclude<NodeLabel, 'Person'>; rows: NodeRow[] }
  | { kind: 'relationships'; name: RelationshipShape['type']; shape: RelationshipShape; rows: RelationshipRow[] };

/** Drops undefined values: Neo4j stores no nulls, and `SET n += {x: null}` would erase x. */
function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== null));
}

function uniqueBy<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) if (!seen.has(key(row))) seen.set(key(row), row);
  return [...seen.values()];
}

const relationship = (type: RelationshipShape['type'], from: NodeLabel, to: NodeLabel, rows: RelationshipRow[], keyed = false): WriteStep => ({
  kind: 'relationships',
  name: type,
  shape: { type, from, to, keyed },
  rows: uniqueBy(rows, (row) => `${row.from}\u0000${row.to}\u0000${row.key ?? ''}`),
});

/** The authorship edge's shape, for writes that add one author to a paper already in the graph. */
export const AUTHORED_SHAPE: RelationshipShape = { type: 'AUTHORED', from: 'Person', to: 'Paper', keyed: false };

/**
 * The row upsertPeople takes for a person: `name` first among the spellings, each with its
 * folded key. `rename` makes `name` the display name of a person who exists.
 */
export function personWriteRow(person: PersonRecord | { id: string; name: string; aliases?: string[]; orcid?: string }, rename = false, evidence: string[] = []): PersonWriteRow {
  const names = [...new Set([person.name, ...(person.aliases ?? [])])].filter(Boolean);
  const record = person as PersonRecord;
  const external = Object.fromEntries((['dblpPid', 'dblpName', 'openalexId'] as const).filter((key) => record[key]).map((key) => [key, record[key]])) as PersonWriteRow['external'];
  return {
    id: person.id,
    name: person.name,
    nameKey: foldName(person.name),
    names,
    keys: names.map(foldName),
    orcid: person.orcid ?? null,
    external,
    blockKeys: personBlockKeys(names),
    evidence,
    rename,
  };
}

/** Every blocking key of `names`, as stored in Person.blockText and searched by the identity step. */
export function personBlockKeys(names: string[]): string[] {
  return [...new Set(names.flatMap((name) => blockingKeys(parseCached(name))).map((key) => `<${key}>`))].sort();
}

/**
 * What the identity step finds a venue by: `matchText` holds the match keys of all its names
 * ("<series:iclr><acronym:iclr>"), searched through a text index; `aliases` its other names.
 */
export function venueMatchProps(venue: VenueRecord): { aliases?: string[]; abbreviation?: string; matchText: string } {
  const names = [venue.name, ...(venue.aliases ?? [])];
  const matches = names.map((name) => venueMatchKeys(name, venue.abbreviation));
  const keys = [...new Set(matches.flatMap((match) => match.keys))].sort();
  const abbreviation = venue.abbreviation ?? matches.map((match) => match.abbreviation).find(Boolean);
  return { ...(venue.aliases?.length ? { aliases: venue.aliases } : {}), ...(abbreviation ? { abbreviation } : {}), matchText: keys.map((key) => `<${key}>`).join('') };
}

/** The ordered write steps for `document` (which must already be validated). */
export function planWrites(document: GraphDocument): WriteStep[] {
  const people: PersonWriteRow[] = document.people.map((person) => personWriteRow(person, person.rename ?? false, person.evidence ?? []));
  const named = (records: Array<{ id: string; name: string }>) => records.map((record) => ({ id: record.id, props: { name: record.name } }));
  const topics: NodeRow[] = document.topics.map((topic) => ({
    id: topic.id,
    props: defined({ name: topic.name, nameKey: foldName(topic.name), synonyms: topic.synonyms ?? [], synonymText: (topic.synonyms ?? []).join(' | ') }),
  }));
  const papers: NodeRow[] = document.papers.map((paper) => ({
    id: paper.id,
    props: defined({
      title: paper.title,
      titleKey: foldTitle(paper.title),
      abstract: paper.abstract,
      year: paper.year,
      doi: paper.doi,
      arxiv: paper.arxiv,
      authorCount: paper.authorCount,
      conflicts: paper.conflicts,
    }),
  }));
  const venues: NodeRow[] = document.venues.map((venue) => ({ id: venue.id, props: defined({ name: venue.name, ...venueMatchProps(venue) }) }));
  const talks: NodeRow[] = document.talks.map((talk) => ({ id: talk.id, props: { title: talk.title, date: talk.date } }));

  return [
    { kind: 'people', name: 'Person', rows: people },
    { kind: 'nodes', name: 'Institution', rows: named(document.institutions) },
    { kind: 'nodes', name: 'Venue', rows: venues },
    { kind: 'nodes', name: 'Topic', rows: topics },
    { kind: 'nodes', name: 'Paper', rows: papers },
    { kind: 'nodes', name: 'Talk', rows: talks },
    relationship(
      'BROADER',
      'Topic',
      'Topic',
      document.topics.flatMap((topic) => (topic.broader ?? []).map((broader) => ({ from: topic.id, to: broader, props: {} }))),
    ),
    relationship(
      AUTHORED_SHAPE.type,
      AUTHORED_SHAPE.from,
      AUTHORED_SHAPE.to,
      document.papers.flatMap((paper) =>
        paper.authors.map((author) => ({
          from: author.person,
          to: paper.id,
          props: { position: author.position, equalContribution: author.equalContribution, rawName: author.rawName },
        })),
      ),
    ),
    relationship(
      'PUBLISHED_IN',
      'Paper',
      'Venue',
      document.papers.filter((paper) => paper.venue).map((paper) => ({ from: paper.id, to: paper.venue!, props: defined({ year: paper.year }) })),
    ),
    relationship(
      'HAS_TOPIC',
      'Paper',
      'Topic',
      document.papers.flatMap((paper) => (paper.topics ?? []).map((topic) => ({ from: paper.id, to: topic.topic, props: { score: topic.score, source: topic.source } }))),
    ),
    relationship(
      'CITES',
      'Paper',
      'Paper',
      document.papers.flatMap((paper) => (paper.cites ?? []).map((cited) => ({ from: paper.id, to: cited, props: {} }))),
    ),
    relationship(
      'HELD_POSITION',
      'Person',
      'Institution',
      document.positions.map((position) => ({
        from: position.person,
        to: position.institution,
        key: `${position.role}|${position.start ?? ''}`,
        props: defined({ role: position.role, start: position.start, end: position.end }),
      })),
      true,
    ),
    relationship(
      'HOSTED',
      'Person',
      'Person',
      document.hostings.map((hosting) => ({
        from: hosting.host,
        to: hosting.intern,
        key: `${hosting.institution ?? ''}|${hosting.role}|${hosting.start ?? ''}`,
        props: defined({ role: hosting.role, institution: hosting.institution, start: hosting.start, end: hosting.end }),
      })),
      true,
    ),
    relationship(
      'STUDIED_AT',
      'Person',
      'Institution',
      document.education.map((education) => ({
        from: education.person,
        to: education.institution,
        key: `${education.degree ?? ''}|${education.field ?? ''}`,
        props: defined({ degree: education.degree, field: education.field }),
      })),
      true,
    ),
    relationship(
      'INTERESTED_IN',
      'Person',
      'Topic',
      document.interests.map((interest) => ({ from: interest.person, to: interest.topic, props: {} })),
    ),
    relationship(
      'GAVE',
      'Person',
      'Talk',
      document.talks.map((talk) => ({ from: talk.person, to: talk.id, props: {} })),
    ),
    relationship(
      'AT',
      'Talk',
      'Institution',
      document.talks.filter((talk) => talk.institution).map((talk) => ({ from: talk.id, to: talk.institution!, props: {} })),
    ),
  ];
}
