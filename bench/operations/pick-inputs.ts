/**
 * Picks the operations' inputs from the graph, deterministically, so that the three
 * contenders are asked the same thing and a re-run asks it again: the person with the most
 * authorships (ties by id), a person at co-authorship distance 3 from them (else the
 * farthest of the candidates), the topic with the most papers.
 */
import type { Driver } from 'neo4j-driver';
import { buildLuceneQuery } from '../../src/db/lucene-query';
import type { BenchInputs } from './operations';

export const SEARCH_TEXT = 'neural learning';

export async function pickInputs(driver: Driver, database: string): Promise<BenchInputs> {
  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database, routing: 'READ' })).records.map((record) => record.toObject());

  const [person] = await query(`MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)-[:AUTHORED]->() } DESC, p.id LIMIT 1`);
  if (!person) throw new Error('the graph has no Person');
  const [topic] = await query(`MATCH (t:Topic) RETURN t.id AS id ORDER BY COUNT { (t)<-[:HAS_TOPIC]-() } DESC, t.id LIMIT 1`);
  if (!topic) throw new Error('the graph has no Topic');

  // Candidates three co-authorship steps out (along the COAUTHOR projection), then their true distance by shortestPath.
  const candidates = await query(
    `MATCH (a:Person {id: $id})-[:COAUTHOR]-(b:Person)
     WITH a, b ORDER BY b.id LIMIT 30
     MATCH (b)-[:COAUTHOR]-(c:Person)
     WITH a, c ORDER BY c.id LIMIT 300
     MATCH (c)-[:COAUTHOR]-(d:Person) WHERE d <> a
     WITH DISTINCT a, d ORDER BY d.id LIMIT 200
     MATCH route = shortestPath((a)-[:COAUTHOR*..6]-(d))
     RETURN d.id AS id, length(route) AS distance ORDER BY distance DESC, id`,
    { id: person.id },
  );
  const atThree = candidates.find((row) => Number(row.distance) === 3) ?? candidates[0];
  const lucene = buildLuceneQuery(SEARCH_TEXT)!;
  return {
    personId: person.id as string,
    fromId: person.id as string,
    toId: (atThree?.id as string | undefined) ?? (person.id as string),
    pathLength: atThree ? Number(atThree.distance) : null,
    topicId: topic.id as string,
    searchText: SEARCH_TEXT,
    lucene,
  };
}
