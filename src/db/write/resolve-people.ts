/**
 * The identity step of the write path: maps the people of a document (each the way one source
 * names them) onto the people of the graph, or onto new people, before anything is written.
 * A new person's id comes from their fullest name (person:<slug>, whatever source's local id
 * named them: dblp:…, orcid:…), so that the order sources arrive in does not change ids.
 * The decisions are src/graph/identity's; this gathers their context (one read) and rewrites
 * the document's references. Ids already given stay valid: a document person whose id is in the
 * graph joins that person unless the context says it is someone else (a homonym, who gets a new
 * id beside the old one).
 */
import type { GraphDocument, PersonRecord } from '../../graph/graph-document';
import type { MentionContext, PersonProfile } from '../../graph/identity/identity-types';
import { resolveMentions, type IdentityRef } from '../../graph/identity/resolve-mentions';
import { scoreCandidate } from '../../graph/identity/score-candidate';
import { personKey } from '../../graph/keys';
import type { Executor } from '../executor';
import { candidateContexts, CandidateContextRow, CandidateNameRow, candidatePeople, PossibleDuplicateRow, takenPersonIds } from './identity.cypher';
import { compareNames } from '../../graph/identity/compare-names';
import type { PersonName } from '../../graph/identity/parse-person-name';
import { parseCached } from '../../graph/identity/score-prepared';
import { blockingKeys } from '../../graph/identity/blocking-keys';
import { personBlockKeys } from './plan-writes';

export interface PeopleResolution {
  /** The document with its people merged and every reference to them re-pointed. */
  document: GraphDocument;
  /** Pairs the identity step did not merge, by final person id (lower first). */
  possibleDuplicates: PossibleDuplicateRow[];
  /** Document person id → the graph's person id. */
  mapping: Map<string, string>;
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/** Each topic of the document → its broader topics, transitively (the document's BROADER links). */
function topicAncestry(document: GraphDocument): (topic: string) => string[] {
  const broader = new Map(document.topics.map((topic) => [topic.id, topic.broader ?? []]));
  const memo = new Map<string, string[]>();
  const ancestors = (topic: string, path: Set<string> = new Set()): string[] => {
    const known = memo.get(topic);
    if (known) return known;
    const out = new Set<string>();
    for (const parent of broader.get(topic) ?? []) {
      if (path.has(parent)) continue; // a cycle in the source's hierarchy
      out.add(parent);
      for (const higher of ancestors(parent, new Set([...path, topic]))) out.add(higher);
    }
    const list = [...out].sort();
    memo.set(topic, list);
    return list;
  };
  return (topic) => ancestors(topic);
}

/** What the document itself says around each of its people: co-authors, venues, topics, years. */
function mentionsOf(document: GraphDocument): MentionContext[] {
  const ancestorsOf = topicAncestry(document);
  const names = new Map(document.people.map((person) => [person.id, person.name]));
  const context = new Map(
    document.people.map((person) => [person.id, { coauthors: new Set<string>(), venues: new Set<string>(), topics: new Set<string>(), years: new Set<number>() }]),
  );
  for (const paper of document.papers) {
    for (const author of paper.authors) {
      const own = context.get(author.person);
      if (!own) continue;
      for (const other of paper.authors) if (other.person !== author.person) own.coauthors.add(names.get(other.person) ?? other.rawName);
      if (paper.venue) own.venues.add(paper.venue);
      for (const topic of paper.topics ?? []) own.topics.add(topic.topic);
      if (paper.year) own.years.add(paper.year);
    }
  }
  return document.people.map((person) => {
    const own = context.get(person.id)!;
    return {
      name: person.name,
      ids: { orcid: person.orcid, dblpPid: person.dblpPid, dblpName: person.dblpName, openalexId: person.openalexId },
      coauthors: sortedUnique(own.coauthors),
      venues: sortedUnique(own.venues),
      topics: sortedUnique(own.topics),
      topicAncestors: sortedUnique([...own.topics].flatMap(ancestorsOf)).filter((topic) => !own.topics.has(topic)),
      years: [...own.years].sort((a, b) => a - b),
    };
  });
}

function profileOf(row: CandidateNameRow, context: CandidateContextRow | undefined): PersonProfile {
  return {
    id: row.id,
    names: row.names,
    ids: { orcid: row.orcid ?? undefined, dblpPid: row.dblpPid ?? undefined, dblpName: row.dblpName ?? undefined, openalexId: row.openalexId ?? undefined },
    coauthors: context?.coauthors ?? [],
    venues: context?.venues ?? [],
    topics: context?.topics ?? [],
    topicAncestors: context?.topicAncestors ?? [],
    years: (context?.years ?? []).map(Number),
  };
}

/**
 * The candidates worth their context: those a document person could be by id or external id,
 * or by a name that is exact or compatible (most people sharing a blocking key are not).
 */
function plausible(rows: CandidateNameRow[], people: PersonRecord[]): CandidateNameRow[] {
  const ids = new Set(people.flatMap((person) => [person.id, person.orcid, person.dblpPid, person.dblpName, person.openalexId].filter(Boolean) as string[]));
  // Names compare only within a blocking key: compatible names always share one.
  const byBlock = new Map<string, PersonName[]>();
  for (const name of people.flatMap((person) => [person.name, ...(person.aliases ?? [])])) {
    const parsed = parseCached(name);
    for (const key of blockingKeys(parsed)) {
      const list = byBlock.get(key);
      if (list) list.push(parsed);
      else byBlock.set(key, [parsed]);
    }
  }
  return rows.filter(
    (row) =>
      [row.id, row.orcid, row.dblpPid, row.dblpName, row.openalexId].some((value) => value && ids.has(value)) ||
      row.names.some((name) => {
        const parsed = parseCached(name);
        return blockingKeys(parsed).some((key) => (byBlock.get(key) ?? []).some((other) => ['exact', 'compatible'].includes(compareNames(other, parsed).kind)));
      }),
  );
}

/** True when `a` is the fuller form of a name than `b` ("Jeff Z. HaoChen" over "Jeff Z HaoChen"): longer, then first in text order. */
function fuller(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a < b;
}

/** The member whose name says most (longest, then the smallest id): its name names a new person. */
function representative(members: PersonRecord[]): PersonRecord {
  return [...members].sort((a, b) => b.name.length - a.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

/**
 * `base`, or base-2, base-3...: the first id neither the graph (`takenInGraph`, the ids under
 * every base the document could ask for) nor this document has given to someone else.
 */
function freeIds(takenInGraph: Set<string>, wanted: Array<{ cluster: number; base: string }>, reserved: Set<string>): Map<number, string> {
  const taken = new Set([...takenInGraph, ...reserved]);
  const chosen = new Map<number, string>();
  for (const { cluster, base } of wanted) {
    let id = base;
    for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
    taken.add(id);
    chosen.set(cluster, id);
  }
  return chosen;
}

/**
 * Resolves the people of `document` against the graph (the candidates and the ids taken, read at
 * once, then the plausible candidates' context) and returns the document rewritten onto the graph's people.
 */
export async function resolvePeople(executor: Executor, document: GraphDocument): Promise<PeopleResolution> {
  if (document.people.length === 0) return { document, possibleDuplicates: [], mapping: new Map() };
  const people = document.people;
  const mentions = mentionsOf(document);
  const defined = (values: Array<string | undefined>) => sortedUnique(values.filter((value): value is string => Boolean(value)));
  const blocks = sortedUnique(people.flatMap((person) => personBlockKeys([person.name, ...(person.aliases ?? [])])));
  const none = { ids: [], orcids: [], dblpPids: [], dblpNames: [], openalexIds: [], blocks: [] };
  // A new person's id is the key of one of the document's names (see representative), so the ids
  // taken under those keys can be read beside the candidates. The block search is the heavy part:
  // it runs in two halves at once, so that Neo4j uses two cores for it.
  const half = Math.ceil(blocks.length / 2);
  const [first, second, taken] = await Promise.all([
    executor.read<CandidateNameRow>(
      candidatePeople({
        ids: people.map((person) => person.id),
        orcids: defined(people.map((person) => person.orcid)),
        dblpPids: defined(people.map((person) => person.dblpPid)),
        dblpNames: defined(people.map((person) => person.dblpName)),
        openalexIds: defined(people.map((person) => person.openalexId)),
        blocks: blocks.slice(0, half),
      }),
    ),
    half < blocks.length ? executor.read<CandidateNameRow>(candidatePeople({ ...none, blocks: blocks.slice(half) })) : Promise.resolve([]),
    executor.read<{ id: string }>(takenPersonIds(sortedUnique(people.map((person) => personKey(person.name))))),
  ]);
  const rows = [...new Map([...first, ...second].map((row) => [row.id, row])).values()];
  const kept = plausible(rows, people);
  const contexts = new Map(kept.length ? (await executor.read<CandidateContextRow>(candidateContexts(kept.map((row) => row.id)))).map((row) => [row.id, row]) : []);
  const profiles = kept.map((row) => profileOf(row, contexts.get(row.id))).sort((a, b) => (a.id < b.id ? -1 : 1));
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const resolution = resolveMentions(mentions, profiles);

  // Clusters of new people that keep an id the graph already has: the same person imported again.
  const clusterPerson = new Map<number, string>();
  resolution.assignments.forEach((assignment, index) => {
    if (assignment.newCluster === undefined || clusterPerson.has(assignment.newCluster)) return;
    const existing = byId.get(people[index].id);
    if (existing && scoreCandidate(mentions[index], existing).decision !== 'different') clusterPerson.set(assignment.newCluster, existing.id);
  });
  const members = new Map<number, PersonRecord[]>();
  resolution.assignments.forEach((assignment, index) => {
    if (assignment.newCluster !== undefined && !clusterPerson.has(assignment.newCluster))
      members.set(assignment.newCluster, [...(members.get(assignment.newCluster) ?? []), people[index]]);
  });
  const reserved = new Set<string>(clusterPerson.values());
  const wanted = [...members]
    .map(([cluster, records]) => ({ cluster, base: personKey(representative(records).name) }))
    .sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.cluster - b.cluster));
  const newIds = freeIds(new Set(taken.map((row) => row.id)), wanted, reserved);

  const finalIdOf = (index: number): string => {
    const assignment = resolution.assignments[index];
    if (assignment.personId) return assignment.personId;
    return clusterPerson.get(assignment.newCluster!) ?? newIds.get(assignment.newCluster!)!;
  };
  const mapping = new Map(people.map((person, index) => [person.id, finalIdOf(index)]));
  const refId = (ref: IdentityRef) => ('personId' in ref ? ref.personId : finalIdOf(ref.mention));

  // Why each person was joined: the evidence of every merge that touched them, with the source.
  const evidence = new Map<string, Set<string>>();
  // A mention that keeps its own id (the same source imported again) is no merge: no new evidence.
  const isReimport = (ref: IdentityRef) => 'mention' in ref && people[ref.mention].id === finalIdOf(ref.mention);
  for (const merge of resolution.merges) {
    if ((isReimport(merge.a) && 'personId' in merge.b) || (isReimport(merge.b) && 'personId' in merge.a)) continue;
    const line = `${document.source}: ${merge.evidence.join('; ')}`;
    for (const id of new Set([refId(merge.a), refId(merge.b)])) evidence.set(id, (evidence.get(id) ?? new Set()).add(line));
  }

  return {
    document: rewrite(document, mapping, evidence, new Map(profiles.map((profile) => [profile.id, profile.names[0]]))),
    mapping,
    possibleDuplicates: possiblePairs(resolution.possibleDuplicates, refId),
  };
}

function possiblePairs(pairs: Array<{ a: IdentityRef; b: IdentityRef; score: number; evidence: string[] }>, refId: (ref: IdentityRef) => string): PossibleDuplicateRow[] {
  const byPair = new Map<string, PossibleDuplicateRow>();
  for (const pair of pairs) {
    const [a, b] = [refId(pair.a), refId(pair.b)].sort();
    if (a === b) continue;
    const key = `${a}\u0000${b}`;
    const previous = byPair.get(key);
    if (!previous || previous.score < pair.score) byPair.set(key, { a, b, score: pair.score, evidence: pair.evidence });
  }
  return [...byPair.values()].sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
}

/** The document with people merged by their final id and every reference re-pointed. */
function rewrite(document: GraphDocument, mapping: Map<string, string>, evidence: Map<string, Set<string>>, displayNames: Map<string, string>): GraphDocument {
  const to = (id: string) => mapping.get(id) ?? id;
  const merged = new Map<string, PersonRecord[]>();
  for (const person of document.people) merged.set(to(person.id), [...(merged.get(to(person.id)) ?? []), person]);
  // Every raw name form a source wrote ("Vicol, Paul") becomes an alias of the person it names.
  const rawNames = new Map<string, Set<string>>();
  for (const paper of document.papers)
    for (const author of paper.authors) rawNames.set(to(author.person), (rawNames.get(to(author.person)) ?? new Set()).add(author.rawName.trim()));
  const people: PersonRecord[] = [...merged].map(([id, records]) => {
    const shown = representative(records);
    const names = sortedUnique([...records.flatMap((record) => [record.name, ...(record.aliases ?? [])]), ...(rawNames.get(id) ?? [])]).filter(
      (name) => name && name !== shown.name,
    );
    const first = <K extends 'orcid' | 'dblpPid' | 'dblpName' | 'openalexId'>(key: K) => records.map((record) => record[key]).find(Boolean);
    const person: PersonRecord = { id, name: shown.name, line: shown.line };
    // The display name is the fullest form any source gave, whichever came first; the other forms stay aliases.
    const current = displayNames.get(id);
    if (current !== undefined && current !== shown.name) {
      if (fuller(shown.name, current)) person.rename = true;
      else person.name = current;
      names.push(shown.name === person.name ? current : shown.name);
    }
    const aliases = sortedUnique(names).filter((name) => name !== person.name);
    if (aliases.length) person.aliases = aliases;
    for (const key of ['orcid', 'dblpPid', 'dblpName', 'openalexId'] as const) {
      const value = first(key);
      if (value) person[key] = value;
    }
    if (evidence.has(id)) person.evidence = sortedUnique(evidence.get(id)!);
    return person;
  });
  return {
    ...document,
    subject: document.subject ? to(document.subject) : document.subject,
    people,
    papers: document.papers.map((paper) => {
      const seen = new Set<string>();
      // Two mentions of one paper that turn out to be one person stay one author, at the first position.
      const authors = paper.authors.map((author) => ({ ...author, person: to(author.person) })).filter((author) => !seen.has(author.person) && seen.add(author.person));
      return { ...paper, authors };
    }),
    positions: document.positions.map((record) => ({ ...record, person: to(record.person) })),
    hostings: document.hostings.map((record) => ({ ...record, host: to(record.host), intern: to(record.intern) })),
    education: document.education.map((record) => ({ ...record, person: to(record.person) })),
    interests: document.interests.map((record) => ({ ...record, person: to(record.person) })),
    talks: document.talks.map((record) => ({ ...record, person: to(record.person) })),
  };
}
