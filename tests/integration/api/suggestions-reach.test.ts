/**
 * suggestedCollaborators counts evidence from the strongest links only (SUGGESTION_REACH in
 * src/db/cypher/collaboration.cypher.ts): a shared co-author counts when the candidate is among
 * that co-author's 50 strongest co-authors, a shared topic when the candidate is among the topic's
 * 50 people with most papers on it. The graph here puts people just inside and just outside each
 * cut; the small graph's tests (collaboration.test.ts) cover the scores within the cuts.
 */
import { GRAPH_DOCUMENT_FORMAT, GraphDocument, PaperRecord } from '../../../src/graph/graph-document';
import { paperKey, personKey, topicKey } from '../../../src/graph/keys';
import { SUGGESTION_REACH } from '../../../src/db/cypher/collaboration.cypher';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

const FIRST = ['Amara', 'Bogdan', 'Chiara', 'Dmitri', 'Esther', 'Farid', 'Greta', 'Hiroshi', 'Ingrid', 'Jonas', 'Keiko', 'Lorenzo', 'Mirela'];
const LAST = ['Abernathy', 'Bergstrom', 'Castellano', 'Dvorak', 'Eriksen', 'Fontaine', 'Galloway', 'Halvorsen', 'Iwasaki', 'Jablonski'];
/** Distinct full names (no two share a first and a last name), so the identity step keeps them apart. */
const names = (count: number, offset: number) =>
  Array.from({ length: count }, (_, index) => `${FIRST[(index + offset) % FIRST.length]} ${LAST[Math.floor((index + offset) / FIRST.length)]}`);

const SUBJECT = 'Quentin Ostrowski';
const BRIDGE = 'Rosalind Vantongeren';
const { linksPerCoauthor, peoplePerTopic } = SUGGESTION_REACH;
const everyone = names(linksPerCoauthor + 5 + peoplePerTopic + 3, 0);
/** The bridge's strongest co-authors (two papers each): inside its cut. */
const strongLinks = everyone.slice(0, linksPerCoauthor);
/** One paper each with the bridge, as the subject has: outside the cut (ties on one paper are broken by id, and the strong ones come first). */
const weakLinks = everyone.slice(linksPerCoauthor, linksPerCoauthor + 5);
/** Two papers each on the topic: its top people. */
const topicRegulars = everyone.slice(linksPerCoauthor + 5, linksPerCoauthor + 5 + peoplePerTopic);
/** One paper each on the topic, as the subject: below the regulars. */
const topicNewcomers = everyone.slice(linksPerCoauthor + 5 + peoplePerTopic);
const TOPIC = 'Sparse tensor compilers';

let serial = 0;
const paper = (authors: string[], topic?: string): PaperRecord => {
  const title = `Reach study ${++serial}`;
  return {
    id: paperKey(title),
    title,
    year: 2000 + (serial % 20),
    authors: authors.map((name, index) => ({ person: personKey(name), position: index + 1, rawName: name, equalContribution: false })),
    topics: topic ? [{ topic: topicKey(topic), score: 1, source: 'keyword' }] : [],
  };
};

const reachGraph: GraphDocument = {
  format: GRAPH_DOCUMENT_FORMAT,
  source: 'test:suggestions-reach',
  people: [SUBJECT, BRIDGE, ...everyone].map((name) => ({ id: personKey(name), name })),
  venues: [],
  institutions: [],
  topics: [{ id: topicKey(TOPIC), name: TOPIC }],
  papers: [
    paper([SUBJECT, BRIDGE]),
    paper([SUBJECT], TOPIC),
    ...strongLinks.flatMap((name) => [paper([BRIDGE, name]), paper([BRIDGE, name])]),
    ...weakLinks.map((name) => paper([BRIDGE, name])),
    ...topicRegulars.flatMap((name) => [paper([name], TOPIC), paper([name], TOPIC)]),
    ...topicNewcomers.map((name) => paper([name], TOPIC)),
  ],
  positions: [],
  hostings: [],
  education: [],
  interests: [],
  talks: [],
};

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi(reachGraph);
});
afterAll(async () => fx?.close());

type Suggestion = { person: { name: string }; score: number; reasons: string[] };

describe('suggestedCollaborators beyond the reach', () => {
  let suggestions: Suggestion[];
  beforeAll(async () => {
    const { data, errors } = await fx.query(`{ suggestedCollaborators(personId: "${personKey(SUBJECT)}", first: 100) { person { name } score reasons } }`);
    expect(errors).toBeUndefined();
    suggestions = data!.suggestedCollaborators;
  });
  const scoreOf = (name: string) => suggestions.find((suggestion) => suggestion.person.name === name)?.score;

  it("counts a shared co-author for the candidates among that co-author's strongest links only", () => {
    expect(strongLinks.map(scoreOf)).toEqual(strongLinks.map(() => 1));
    expect(weakLinks.map(scoreOf)).toEqual(weakLinks.map(() => undefined));
    expect(suggestions.find((suggestion) => suggestion.person.name === strongLinks[0])?.reasons).toEqual([`1 shared co-author: ${BRIDGE}`]);
  });

  it("counts a shared topic for the topic's top people only", () => {
    expect(topicRegulars.map(scoreOf)).toEqual(topicRegulars.map(() => 0.5));
    expect(topicNewcomers.map(scoreOf)).toEqual(topicNewcomers.map(() => undefined));
    expect(suggestions.find((suggestion) => suggestion.person.name === topicRegulars[0])?.reasons).toEqual([`1 shared topic: ${TOPIC}`]);
  });

  it('ranks by score, then name, and leaves out the person and their co-authors', () => {
    expect(suggestions).toHaveLength(linksPerCoauthor + peoplePerTopic);
    const byScoreThenName = (a: Suggestion, b: Suggestion) => b.score - a.score || (a.person.name < b.person.name ? -1 : a.person.name > b.person.name ? 1 : 0);
    expect(suggestions).toEqual([...suggestions].sort(byScoreThenName));
    expect(suggestions.map((suggestion) => suggestion.person.name)).not.toContain(BRIDGE);
    expect(suggestions.map((suggestion) => suggestion.person.name)).not.toContain(SUBJECT);
  });
});
