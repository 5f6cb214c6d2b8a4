import {
  coauthorsByPeople,
  CoauthorRow,
  countCoauthorsByPeople,
  network,
  NetworkNodeRow,
  PathEvidence,
  PathRelationshipType,
  PathRow,
  shortestPath,
  SuggestionRow,
  suggestions,
} from './cypher/collaboration.cypher';
import type { Executor } from './executor';
import { Page, PageRequest, toPage } from './page';
import { rowsById } from './rows-by-id';
import { toPlain } from './to-plain';
import type { Hosting } from '../model/hosting.type';
import type { Paper } from '../model/paper.type';
import type { Person } from '../model/person.type';
import type { Network } from '../model/network.type';
import type { RelationKind } from '../model/relation.enum';

/**
 * The relationship type each relation walks when both are allowed: a co-authorship is then
 * Person-AUTHORED-Paper-AUTHORED-Person, two hops against a hosting's one, which is what makes
 * shortestPath prefer hostings (see path). Co-authorships alone walk the COAUTHOR projection.
 */
const RELATIONSHIP_TYPE: Record<RelationKind, PathRelationshipType> = { COAUTHOR: 'COAUTHOR', HOSTED: 'HOSTED' };

export interface PathStepData {
  from: Person;
  to: Person;
  relation: RelationKind;
  /** Shared papers, newest first ([] when COAUTHOR is not allowed or they were not asked for). */
  papers: Paper[];
  hosting: Hosting | null;
}

export interface PathData {
  length: number;
  people: Person[];
  steps: PathStepData[];
}

export interface PathResult {
  fromFound: boolean;
  toFound: boolean;
  path: PathData | null;
}

export interface SuggestionData {
  person: Person;
  score: number;
  reasons: string[];
}

/** Co-authorship and hosting traversals: co-authors, networks, paths, suggestions. */
export class CollaborationRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * A page of co-authors for each person; people that do not exist are absent from the map.
   * With `evidence`, each row carries the shared papers (newest first); else `papers` is null.
   */
  async coauthors(ids: readonly string[], minShared: number, request: PageRequest, evidence = true): Promise<Map<string, Page<CoauthorRow>>> {
    const rows = rowsById<CoauthorRow[]>(await this.executor.read(coauthorsByPeople(ids, minShared, request.offset, request.limit + 1, evidence)), 'items');
    return new Map([...rows].map(([id, items]) => [id, toPage(items, request.limit)]));
  }

  async coauthorCounts(ids: readonly string[], minShared: number): Promise<Map<string, number>> {
    return rowsById(await this.executor.read(countCoauthorsByPeople(ids, minShared)), 'total');
  }

  /**
   * The network around a person: breadth-first over co-authorships (with at least
   * `minShared` papers) and hostings, `depth` levels, at most `limit` people; then every
   * edge among them. One round trip. Null when the person does not exist.
   */
  async network(centerId: string, depth: number, minShared: number, limit: number): Promise<Network | null> {
    const rows = toPlain<NetworkNodeRow[]>(await this.executor.read(network(centerId, depth, minShared, limit)));
    if (rows.length === 0) return null;
    return {
      nodes: rows.map((row) => ({ id: row.id, label: row.name, kind: 'Person', weight: row.paperCount })),
      edges: rows.flatMap((row) => [
        ...row.coauthorTargets.map((target, i) => ({ source: row.id, target, kind: 'COAUTHOR' as const, weight: row.coauthorWeights[i] })),
        ...row.hostedTargets.map((target, i) => ({ source: row.id, target, kind: 'HOSTED' as const, weight: row.hostedWeights[i] })),
      ]),
    };
  }

  /**
   * The shortest path between two people over `via`, at most `maxLength` steps, with the
   * evidence of each step (shared papers when COAUTHOR is allowed, the hosting when HOSTED
   * is; each only when `evidence` asks for it): one round trip. The path walks the COAUTHOR
   * projection and HOSTED, one hop a step, so the fewest steps win whatever their kind.
   */
  async path(fromId: string, toId: string, via: readonly RelationKind[], maxLength: number, evidence: PathEvidence = { papers: true, hosting: true }): Promise<PathResult> {
    const types = [...new Set(via.map((relation) => RELATIONSHIP_TYPE[relation]))].sort();
    const wanted = { papers: evidence.papers && via.includes('COAUTHOR'), hosting: evidence.hosting && via.includes('HOSTED') };
    const [row] = toPlain<PathRow[]>(await this.executor.read(shortestPath(fromId, toId, types, maxLength, wanted)));
    if (!row.fromFound || !row.toFound || !row.people || !row.steps) return { fromFound: row.fromFound, toFound: row.toFound, path: null };
    const people = row.people;
    if (people.length - 1 > maxLength || row.steps.length !== people.length - 1) return { fromFound: true, toFound: true, path: null };
    const steps = row.steps.map((step, index) => ({ from: people[index], to: people[index + 1], relation: step.relation, papers: step.papers, hosting: step.hosting }));
    return { fromFound: true, toFound: true, path: { length: steps.length, people, steps } };
  }

  /** Ranked suggestions with their reasons; empty for a person who does not exist (check first). */
  async suggestions(id: string, limit: number): Promise<SuggestionData[]> {
    const rows = toPlain<SuggestionRow[]>(await this.executor.read(suggestions(id, limit)));
    return rows.map((row) => ({ person: row.person, score: row.score, reasons: suggestionReasons(row) }));
  }
}

/** Human-readable reasons: the shared co-authors and topics, the first few by name. */
function suggestionReasons(row: SuggestionRow): string[] {
  const list = (names: string[]) => names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
  const reasons: string[] = [];
  if (row.sharedCoauthors.length) {
    reasons.push(`${row.sharedCoauthors.length} shared co-author${row.sharedCoauthors.length === 1 ? '' : 's'}: ${list(row.sharedCoauthors)}`);
  }
  if (row.sharedTopics.length) {
    reasons.push(`${row.sharedTopics.length} shared topic${row.sharedTopics.length === 1 ? '' : 's'}: ${list(row.sharedTopics)}`);
  }
  return reasons;
}
