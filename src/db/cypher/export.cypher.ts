/** Reads the whole graph back in the canonical record shapes, each list sorted for a stable export. */
import type { Statement } from '../executor';

const statement = (name: string, cypher: string): Statement<Record<string, never>> => ({ name, cypher, params: {} });

/** Aliases in text order: the order sources arrived in is not part of the graph. */
export const exportPeople = () =>
  statement(
    'exportPeople',
    'MATCH (n:Person) RETURN n.id AS id, n.name AS name, COLLECT { UNWIND coalesce(n.aliases, []) AS alias RETURN alias ORDER BY alias } AS aliases, n.orcid AS orcid ORDER BY id',
  );
export const exportNamed = (label: 'Institution' | 'Venue') => statement(`export${label}`, `MATCH (n:${label}) RETURN n.id AS id, n.name AS name ORDER BY id`);
export const exportTopics = () =>
  statement(
    'exportTopics',
    `MATCH (n:Topic)
OPTIONAL MATCH (n)-[:BROADER]->(b:Topic)
WITH n, b ORDER BY b.id
RETURN n.id AS id, n.name AS name, coalesce(n.synonyms, []) AS synonyms, collect(b.id) AS broader ORDER BY id`,
  );
export const exportPapers = () =>
  statement(
    'exportPapers',
    `MATCH (p:Paper)
CALL (p) {
  OPTIONAL MATCH (a:Person)-[r:AUTHORED]->(p)
  WITH a, r ORDER BY r.position
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {person: a.id, position: r.position, equalContribution: r.equalContribution, rawName: r.rawName} END) AS authors
}
CALL (p) {
  OPTIONAL MATCH (p)-[t:HAS_TOPIC]->(topic:Topic)
  WITH t, topic ORDER BY topic.id
  RETURN collect(CASE WHEN topic IS NULL THEN null ELSE {topic: topic.id, score: t.score, source: t.source} END) AS topics
}
CALL (p) {
  OPTIONAL MATCH (p)-[:CITES]->(cited:Paper)
  WITH cited ORDER BY cited.id
  RETURN collect(cited.id) AS cites
}
OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.year AS year, p.doi AS doi, v.id AS venue,
       p.authorCount AS authorCount, authors, topics, cites
ORDER BY id`,
  );
export const exportPositions = () =>
  statement(
    'exportPositions',
    'MATCH (p:Person)-[r:HELD_POSITION]->(i:Institution) RETURN p.id AS person, i.id AS institution, r.role AS role, r.start AS start, r.end AS end ORDER BY person, institution, role, start',
  );
export const exportHostings = () =>
  statement(
    'exportHostings',
    'MATCH (h:Person)-[r:HOSTED]->(i:Person) RETURN h.id AS host, i.id AS intern, r.institution AS institution, r.role AS role, r.start AS start, r.end AS end ORDER BY host, intern, r.key',
  );
export const exportEducation = () =>
  statement(
    'exportEducation',
    'MATCH (p:Person)-[r:STUDIED_AT]->(i:Institution) RETURN p.id AS person, i.id AS institution, r.degree AS degree, r.field AS field ORDER BY person, institution, r.key',
  );
export const exportInterests = () => statement('exportInterests', 'MATCH (p:Person)-[:INTERESTED_IN]->(t:Topic) RETURN p.id AS person, t.id AS topic ORDER BY person, topic');
export const exportTalks = () =>
  statement(
    'exportTalks',
    `MATCH (p:Person)-[:GAVE]->(t:Talk)
OPTIONAL MATCH (t)-[:AT]->(i:Institution)
RETURN t.id AS id, p.id AS person, t.title AS title, t.date AS date, i.id AS institution ORDER BY id`,
  );
