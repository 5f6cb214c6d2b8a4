/**
 * The identity step for papers and venues: a document's venue joins the graph's venue of the same
 * series ("ICLR" = "The Twelfth International Conference on Learning Representations"), and its
 * paper joins the graph's paper of the same DOI, arXiv id, or folded title and year (±1) with
 * author overlap (src/graph/papers). What the two state is merged so that no source erases what
 * another stated, whatever the order they come in: equal-contribution marks add up, the
 * better-cased title stays, a paper keeps one venue, a missing year or DOI is filled in.
 */
import type { AuthorshipRecord, GraphDocument, PaperRecord, PaperTopicRecord, VenueRecord } from '../../graph/graph-document';
import { parsePersonName } from '../../graph/identity/parse-person-name';
import { normalizeDoi, slugify } from '../../graph/keys';
import { foldTitle } from '../../graph/papers/fold-title';
import { samePaper } from '../../graph/papers/same-paper';
import type { PaperIdentity } from '../../graph/papers/paper-identity';
import { normalizeArxivId } from '../../graph/papers/normalize-arxiv-id';
import { isPreprintServer } from '../../graph/venues/is-preprint-server';
import { venueMatchKeys } from '../../graph/venues/venue-match-keys';
import type { Executor } from '../executor';
import { candidatePapers, candidateVenues, PaperCandidateRow, VenueCandidateRow } from './identity.cypher';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort(byText);

/** The title to keep of two forms of one: the one with more capitals (sources that lower-case titles lose), then the first in text order. */
export function preferredTitle(a: string, b: string): string {
  const capitals = (text: string) => (text.match(/\p{Lu}/gu) ?? []).length;
  return capitals(a) !== capitals(b) ? (capitals(a) > capitals(b) ? a : b) : byText(a, b) <= 0 ? a : b;
}

/** Maps the document's venues onto the graph's venues of the same series; returns the document and the venue names by id. */
function resolveVenues(document: GraphDocument, rows: VenueCandidateRow[]): { document: GraphDocument; venueNames: Map<string, string> } {
  const venueNames = new Map(document.venues.map((venue) => [venue.id, venue.name]));
  if (document.venues.length === 0) return { document, venueNames };
  const keysOf = new Map(document.venues.map((venue) => [venue.id, venueMatchKeys(venue.name, venue.abbreviation).keys]));
  const candidates = [...rows].sort((a, b) => byText(a.id, b.id));
  const mapping = new Map<string, VenueCandidateRow>();
  for (const venue of document.venues) {
    const keys = keysOf.get(venue.id)!;
    const sharing = candidates.filter((candidate) => keys.some((key) => (candidate.matchText ?? '').includes(`<${key}>`)));
    // A shared series (the known-venue table) is the strongest sign; the graph's own id wins over a new one.
    const chosen = sharing.find((candidate) => keys.some((key) => key.startsWith('series:') && (candidate.matchText ?? '').includes(`<${key}>`))) ?? sharing[0];
    if (chosen) mapping.set(venue.id, chosen);
  }
  const records = new Map<string, VenueRecord>();
  for (const venue of document.venues) {
    const target = mapping.get(venue.id);
    if (!target) {
      const known = knownSeries(venue);
      if (known) mapping.set(venue.id, { id: known.id, name: known.name, aliases: [], abbreviation: known.name, matchText: null });
      const record = known ? { ...venue, id: known.id, name: known.name, aliases: venue.name === known.name ? undefined : [venue.name] } : venue;
      const previous = records.get(record.id);
      records.set(record.id, previous ? { ...previous, aliases: sortedUnique([...(previous.aliases ?? []), ...(record.aliases ?? [])]) } : record);
      venueNames.set(record.id, record.name);
      continue;
    }
    const previous = records.get(target.id);
    const aliases = sortedUnique([...(previous?.aliases ?? target.aliases), venue.name]).filter((name) => name !== target.name);
    const record: VenueRecord = { id: target.id, name: target.name, line: venue.line };
    if (aliases.length) record.aliases = aliases;
    const abbreviation = target.abbreviation ?? venue.abbreviation;
    if (abbreviation) record.abbreviation = abbreviation;
    records.set(target.id, record);
    venueNames.set(target.id, target.name);
  }
  const to = (id: string | undefined) => (id ? (mapping.get(id)?.id ?? id) : id);
  return { document: { ...document, venues: [...records.values()], papers: document.papers.map((paper) => ({ ...paper, venue: to(paper.venue) })) }, venueNames };
}

/**
 * A venue of the known-venue table gets the series' id and its short name ("ICLR", venue:iclr)
 * whichever of its names a source used first, so that import order does not change ids.
 */
function knownSeries(venue: VenueRecord): { id: string; name: string } | undefined {
  const match = venueMatchKeys(venue.name, venue.abbreviation);
  if (!match.series.startsWith('series:') || !match.abbreviation) return undefined;
  return { id: `venue:${slugify(match.series.slice('series:'.length))}`, name: match.abbreviation };
}

function identityOf(paper: { title: string; doi?: string | null; arxiv?: string | null; year?: unknown }, names: string[]): PaperIdentity {
  return {
    title: paper.title,
    doi: paper.doi ?? undefined,
    arxiv: paper.arxiv ?? undefined,
    year: paper.year === null || paper.year === undefined ? undefined : Number(paper.year),
    authorFamilyNames: names.map((name) => parsePersonName(name).family),
  };
}

/** The document's paper merged with what the graph's paper already states (order-independent rules). */
function merge(paper: PaperRecord, existing: PaperCandidateRow, venueNames: Map<string, string>, source: string): PaperRecord {
  const conflicts = new Set(existing.conflicts ?? []);
  const year = [existing.year, paper.year].filter((value) => value !== null && value !== undefined).map(Number);
  const abstracts = [existing.abstract ?? undefined, paper.abstract].filter((text): text is string => Boolean(text)).sort((a, b) => b.length - a.length || byText(a, b));
  const counts = [existing.authorCount, paper.authorCount].filter((value) => value !== null && value !== undefined).map(Number);
  const merged: PaperRecord = { ...paper, id: existing.id, title: preferredTitle(existing.title, paper.title) };
  if (year.length) merged.year = Math.min(...year);
  if (year.length === 2 && year[0] !== year[1]) conflicts.add(`year: ${year[0]} (the graph) vs ${year[1]} (${source})`);
  if (foldTitle(existing.title) !== foldTitle(paper.title)) conflicts.add(`title: "${paper.title}" (${source})`);
  const doi = existing.doi ?? paper.doi;
  if (doi) merged.doi = doi;
  const arxiv = existing.arxiv ?? paper.arxiv;
  if (arxiv) merged.arxiv = arxiv;
  if (abstracts.length) merged.abstract = abstracts[0];
  if (counts.length) merged.authorCount = Math.max(...counts);

  // One venue per paper: a preprint server never joins a published paper, and a second venue is not added.
  const venues = existing.venues.map((venue) => venue.id);
  if (paper.venue && venues.length > 0 && !venues.includes(paper.venue)) {
    const realVenue = existing.venues.some((venue) => !isPreprintServer(venue.name));
    if (realVenue || isPreprintServer(venueNames.get(paper.venue) ?? '')) {
      if (!isPreprintServer(venueNames.get(paper.venue) ?? ''))
        conflicts.add(`venue: ${venueNames.get(paper.venue) ?? paper.venue} (${source}), not linked: the paper is in ${existing.venues.map((venue) => venue.name).join(', ')}`);
      delete merged.venue;
    }
  }

  const stated = new Map(existing.authors.map((author) => [author.person, author]));
  merged.authors = paper.authors.map((author): AuthorshipRecord => {
    const before = stated.get(author.person);
    if (!before) return author;
    return {
      person: author.person,
      position: Math.min(Number(before.position ?? author.position), author.position),
      equalContribution: Boolean(before.equalContribution) || author.equalContribution,
      rawName: before.rawName && byText(before.rawName, author.rawName) < 0 ? before.rawName : author.rawName,
    };
  });
  const scores = new Map(existing.topics.map((topic) => [`${topic.topic}\u0000${topic.source}`, topic.score]));
  if (paper.topics)
    merged.topics = paper.topics.map((topic): PaperTopicRecord => ({ ...topic, score: Math.max(topic.score, scores.get(`${topic.topic}\u0000${topic.source}`) ?? topic.score) }));
  if (conflicts.size) merged.conflicts = [...conflicts].sort(byText);
  return merged;
}

/** The graph's venues and papers that a document's may be. */
export interface PaperCandidates {
  venues: VenueCandidateRow[];
  papers: PaperCandidateRow[];
}

/**
 * Reads the venues and papers the document's may be (by series and name keys; by id, DOI, arXiv
 * id and folded title), both reads at once. It needs none of the people step's answers, so the
 * write path starts it before resolving people.
 */
export async function readPaperCandidates(executor: Executor, document: GraphDocument): Promise<PaperCandidates> {
  const defined = (values: Array<string | undefined>) => sortedUnique(values.filter((value): value is string => Boolean(value)));
  const venueKeys = sortedUnique(document.venues.flatMap((venue) => venueMatchKeys(venue.name, venue.abbreviation).keys.map((key) => `<${key}>`)));
  const [venues, papers] = await Promise.all([
    venueKeys.length ? executor.read<VenueCandidateRow>(candidateVenues(venueKeys)) : Promise.resolve([]),
    document.papers.length
      ? executor.read<PaperCandidateRow>(
          candidatePapers({
            ids: document.papers.map((paper) => paper.id),
            dois: defined(document.papers.map((paper) => (paper.doi ? normalizeDoi(paper.doi) : undefined))),
            arxivs: defined(document.papers.map((paper) => (paper.arxiv ? normalizeArxivId(paper.arxiv) : undefined))),
            titleKeys: defined(document.papers.map((paper) => foldTitle(paper.title))),
          }),
        )
      : Promise.resolve([]),
  ]);
  return { venues, papers };
}

/**
 * Resolves the venues and papers of `document` (whose people are already the graph's) against
 * `candidates` (readPaperCandidates of the same document, before or after its people were
 * resolved: paper and venue ids do not change there) and returns it rewritten onto the graph's venues and papers.
 */
export function resolvePapers(input: GraphDocument, found: PaperCandidates): GraphDocument {
  const { document, venueNames } = resolveVenues(input, found.venues);
  if (document.papers.length === 0) return document;
  const personNames = new Map(document.people.map((person) => [person.id, person.name]));
  const namesOf = (paper: PaperRecord) => paper.authors.map((author) => personNames.get(author.person) ?? author.rawName);
  const candidates = [...found.papers].sort((a, b) => byText(a.id, b.id));
  const mapping = new Map<string, PaperCandidateRow>();
  for (const paper of document.papers) {
    const identity = identityOf(paper, namesOf(paper));
    const key = foldTitle(paper.title);
    const chosen =
      candidates.find((candidate) => candidate.id === paper.id) ??
      candidates.find(
        (candidate) =>
          (candidate.doi === paper.doi ||
            candidate.arxiv === paper.arxiv ||
            foldTitle(candidate.title) === key ||
            (paper.doi && candidate.doi && normalizeDoi(candidate.doi) === normalizeDoi(paper.doi))) &&
          samePaper(
            identity,
            identityOf(
              candidate,
              candidate.authors.map((author) => author.name),
            ),
          ).same,
      );
    if (chosen) mapping.set(paper.id, chosen);
  }
  if (mapping.size === 0) return document;
  const to = (id: string) => mapping.get(id)?.id ?? id;
  const papers = new Map<string, PaperRecord>();
  for (const paper of document.papers) {
    const existing = mapping.get(paper.id);
    const record = existing ? merge(paper, existing, venueNames, document.source) : paper;
    if (!papers.has(record.id)) papers.set(record.id, { ...record, cites: record.cites?.map(to) });
  }
  return { ...document, papers: [...papers.values()] };
}
