import DataLoader from 'dataloader';
import type { Page, PageRequest } from '../db/page';
import type { PaperProvenance } from '../model/provenance.type';
import type { Repositories } from '../db/repositories';
import type { Paper } from '../model/paper.type';

/** Loads many ids in one call, answering a map; ids absent from the map get `missing`. */
type FetchByIds<V> = (ids: readonly string[]) => Promise<Map<string, V>>;

/** A loader batching plain ids into one repository call (one round trip). */
function byId<V>(fetch: FetchByIds<V>, missing: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => (found.has(id) ? found.get(id)! : missing));
  });
}

/**
 * A loader for keys that carry arguments besides the id (a page, a limit...). Keys with
 * the same arguments are batched into one repository call; different arguments (rare in
 * one request) make one call each.
 */
function withArgs<K extends { id: string }, V>(
  argsKey: (key: K) => string,
  fetch: (ids: readonly string[], sample: K) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) groups.set(argsKey(key), [...(groups.get(argsKey(key)) ?? []), key]);
      const answers = new Map<string, V>();
      await Promise.all(
        [...groups].map(async ([group, members]) => {
          const found = await fetch([...new Set(members.map((member) => member.id))], members[0]);
          for (const member of members) answers.set(`${group}|${member.id}`, found.has(member.id) ? found.get(member.id)! : missing);
        }),
      );
      return keys.map((key) => answers.get(`${argsKey(key)}|${key.id}`)!);
    },
    { cacheKeyFn: (key) => `${argsKey(key)}|${key.id}` },
  );
}

/**
 * `repository[method]`, called when it is called (not bound up front): a read a request makes
 * once needs no batching, so it goes straight to the data layer.
 */
function passThrough<R, K extends keyof R>(repository: R, method: K): R[K] {
  return ((...args: unknown[]) => (repository[method] as (...args: unknown[]) => unknown).apply(repository, args)) as R[K];
}

/** A page of something for a parent id. */
export type PageKey = { id: string } & PageRequest;
/** A bounded list for a parent id. */
export type LimitKey = { id: string; limit: number };

const pageArgs = (key: PageKey) => `${key.offset}:${key.limit}`;
const limitArgs = (key: LimitKey) => String(key.limit);
const EMPTY_PAGE: Page<never> = { items: [], hasNextPage: false };

/**
 * One set of DataLoaders per request (built by the context factory), so every field that
 * hangs off a list of parents costs one round trip for the whole list, never one per row.
 * The cache lives as long as the request: there is no cross-request (or cross-user) cache.
 */
export function createLoaders(repositories: Repositories) {
  const { people, papers, topics, venues, institutions, nodes, collaboration, search, system } = repositories;
  return {
    /*
     * Reads that one request makes once (a root field's page, a search, a network): nothing to
     * batch, so they pass straight to the repository. Resolvers see only this object.
     */
    personByName: (name: string) => people.byName(name),
    personByExternalId: passThrough(people, 'byExternalId'),
    possibleDuplicates: passThrough(people, 'possibleDuplicates'),
    peoplePage: passThrough(people, 'page'),
    peopleCount: passThrough(people, 'count'),
    papersPage: passThrough(papers, 'page'),
    papersCount: passThrough(papers, 'count'),
    topicByName: (name: string) => topics.byName(name),
    topicsPage: passThrough(topics, 'page'),
    topicsCount: passThrough(topics, 'count'),
    venuesPage: passThrough(venues, 'page'),
    venuesCount: passThrough(venues, 'count'),
    institutionsPage: passThrough(institutions, 'page'),
    institutionsCount: passThrough(institutions, 'count'),
    topicNetwork: passThrough(topics, 'network'),
    search: passThrough(search, 'search'),
    network: passThrough(collaboration, 'network'),
    path: passThrough(collaboration, 'path'),
    suggestions: passThrough(collaboration, 'suggestions'),
    systemInfo: () => system.info(),

    person: byId((ids) => people.byIds(ids), null),
    paper: byId((ids) => papers.byIds(ids), null),
    venue: byId((ids) => venues.byIds(ids), null),
    institution: byId((ids) => institutions.byIds(ids), null),
    topic: byId((ids) => topics.byIds(ids), null),
    /** Any kind by global id (node, nodes), tagged with __typename. */
    node: byId((ids) => nodes.byIds(ids), null),

    authorshipsByPaper: byId((ids) => papers.authorships(ids), []),
    topicsByPaper: byId((ids) => papers.topics(ids), []),
    provenanceByPaper: byId((ids) => papers.provenance(ids), { sources: [], conflicts: [], authorships: {} } as PaperProvenance),
    venueByPaper: byId((ids) => papers.venues(ids), null),
    citesByPaper: byId((ids) => papers.citations('out', ids), []),
    citedByByPaper: byId((ids) => papers.citations('in', ids), []),

    papersByPerson: withArgs<PageKey, Page<Paper>>(pageArgs, (ids, page) => people.papers(ids, page), EMPTY_PAGE),
    paperCountByPerson: byId((ids) => people.paperCounts(ids), 0),
    hostsByPerson: byId((ids) => people.hostings('in', ids), []),
    hostedByPerson: byId((ids) => people.hostings('out', ids), []),
    colleaguesByPerson: byId((ids) => people.colleagues(ids), []),
    positionsByPerson: byId((ids) => people.positions(ids), []),
    educationByPerson: byId((ids) => people.education(ids), []),
    talksByPerson: byId((ids) => people.talks(ids), []),
    topicsByPerson: withArgs(limitArgs, (ids, key: LimitKey) => people.topics(ids, key.limit), []),

    /** null: the person does not exist (the root field answers NOT_FOUND). */
    /** `evidence`: with each co-author's shared papers (asked for `papers`, `firstYear` or `lastYear`). */
    coauthorsByPerson: withArgs(
      (key: PageKey & { minShared: number; evidence: boolean }) => `${key.minShared}:${key.evidence}:${pageArgs(key)}`,
      (ids, key) => collaboration.coauthors(ids, key.minShared, key, key.evidence),
      null,
    ),
    coauthorCountByPerson: withArgs(
      (key: { id: string; minShared: number }) => String(key.minShared),
      (ids, key) => collaboration.coauthorCounts(ids, key.minShared),
      0,
    ),

    papersByVenue: withArgs<PageKey, Page<Paper>>(pageArgs, (ids, page) => papers.byOwners('Venue', ids, page), EMPTY_PAGE),
    paperCountByVenue: byId((ids) => papers.countByOwners('Venue', ids), 0),
    papersByTopic: withArgs<PageKey, Page<Paper>>(pageArgs, (ids, page) => papers.byOwners('Topic', ids, page), EMPTY_PAGE),
    paperCountByTopic: byId((ids) => papers.countByOwners('Topic', ids), 0),
    broaderByTopic: byId((ids) => topics.hierarchy('out', ids), []),
    narrowerByTopic: byId((ids) => topics.hierarchy('in', ids), []),
    peopleByTopic: withArgs(limitArgs, (ids, key: LimitKey) => topics.people(ids, key.limit), []),
    relatedByTopic: withArgs(limitArgs, (ids, key: LimitKey) => topics.related(ids, key.limit), []),

    peopleByInstitution: withArgs(limitArgs, (ids, key: LimitKey) => institutions.people(ids, key.limit), []),
    talksByInstitution: byId((ids) => institutions.talks(ids), []),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
