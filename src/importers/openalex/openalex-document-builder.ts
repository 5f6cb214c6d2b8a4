import { emptyGraphDocument, type AuthorshipRecord, type GraphDocument, type PaperRecord, type PaperTopicRecord } from '../../graph/graph-document';
import { DOI_PATTERN, isValidOrcid, normalizeDoi, paperKey, personKey, slugify } from '../../graph/keys';
import { MAX_YEAR, MIN_YEAR } from '../bibtex/bibtex-year';
import type { ImportReject } from '../../graph/import-reject';
import { DocumentNodes } from '../json/document-nodes';
import { markupToText } from '../json/markup-to-text';
import { readArxivLink } from '../read-arxiv-id';
import { cleanKeyword } from '../topics/clean-keyword';
import { rebuildAbstract } from './rebuild-abstract';

export const OPENALEX_WORK_PREFIX = 'https://openalex.org/W';

/** Where a work sits in the input: `line` for JSON Lines, `label` ("results[3]") for a page. */
export interface OpenAlexPlace {
  line?: number;
  label?: string;
}

/**
 * What outlives one document when a stream yields several: which paper each imported work
 * became (for `cites`) and where each paper id was first seen (for duplicates).
 */
export interface OpenAlexParseState {
  paperByWork: Map<string, string>;
  firstSeen: Map<string, string>;
}

export function createOpenAlexState(): OpenAlexParseState {
  return { paperByWork: new Map(), firstSeen: new Map() };
}

type Json = Record<string, unknown>;

/**
 * Turns OpenAlex work objects into one GraphDocument (see parseOpenAlex for the mapping).
 * `cites` are resolved in `finish`, against every work the state has seen: the works of this
 * document and, in a stream, of the documents before it (already written when this one is).
 * A reference to a work not seen (not in the input, later in a stream, or rejected) is
 * dropped: OpenAlex ids are not paper keys, so it could not name a node of the graph.
 */
export class OpenAlexDocumentBuilder {
  private readonly document: GraphDocument;
  private readonly nodes: DocumentNodes;
  private readonly rejects: ImportReject[] = [];
  private readonly references = new Map<PaperRecord, string[]>();

  constructor(
    source: string,
    private readonly state: OpenAlexParseState = createOpenAlexState(),
  ) {
    this.document = emptyGraphDocument(source);
    this.nodes = new DocumentNodes(this.document);
  }

  /** Adds one work, or rejects it with the reason. */
  add(value: unknown, place: OpenAlexPlace): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.reject(place, undefined, `not an OpenAlex work: a JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}, not an object`);
    }
    const work = value as Json;
    const workId = shortId(work.id, 'W');
    const problem = this.addWork(work, workId, place);
    if (problem) this.reject(place, workId, problem);
  }

  /** The document of the works added so far, with `cites` resolved, and the rejects in input order. */
  finish(): { document: GraphDocument; rejects: ImportReject[] } {
    for (const [paper, works] of this.references) {
      const cites = [...new Set(works.map((work) => this.state.paperByWork.get(work)).filter((id): id is string => id !== undefined && id !== paper.id))];
      if (cites.length) paper.cites = cites;
    }
    return { document: this.document, rejects: this.rejects };
  }

  private addWork(work: Json, workId: string | undefined, place: OpenAlexPlace): string | undefined {
    if (!workId) return `not an OpenAlex work: no "id" starting with ${OPENALEX_WORK_PREFIX}`;
    const title = markupToText(text(work.title) ?? text(work.display_name) ?? '');
    if (!title) return 'no title';
    const authorships = Array.isArray(work.authorships) ? work.authorships.filter(isObject) : [];
    if (!authorships.some((authorship) => authorName(authorship))) return 'no authorships';
    const year = work.publication_year;
    if (year !== undefined && year !== null && !(Number.isInteger(year) && (year as number) >= MIN_YEAR && (year as number) <= MAX_YEAR)) {
      return `year ${JSON.stringify(year)} is out of range (${MIN_YEAR}..${MAX_YEAR})`;
    }
    let doi: string | undefined;
    if (text(work.doi)) {
      doi = normalizeDoi(text(work.doi)!);
      if (!DOI_PATTERN.test(doi)) return `malformed DOI "${text(work.doi)}"`;
    }
    const id = paperKey(title, doi);
    if (!doi && !slugify(title)) return `title "${title}" has no letters or digits to identify it`;
    const where = describePlace(place, workId);
    const first = this.state.firstSeen.get(id);
    if (first) return `same paper as ${first}: ${doi ? `duplicate DOI ${doi}` : 'duplicate title without DOI'}`;
    this.state.firstSeen.set(id, where);

    const line = place.line;
    const paper: PaperRecord = { id, title, authors: [], openalexId: workId, ...(line === undefined ? {} : { line }) };
    if (typeof year === 'number') paper.year = year;
    if (doi) paper.doi = doi;
    const arxiv = findArxiv(work, doi);
    if (arxiv) paper.arxiv = arxiv;
    const abstract = rebuildAbstract(work.abstract_inverted_index);
    if (abstract) paper.abstract = abstract;
    const venue = findVenue(work);
    if (venue) paper.venue = this.nodes.venue(venue, undefined, line);
    paper.authors = this.authors(authorships, line);
    const topics = this.topics(work, line);
    if (topics.length) paper.topics = topics;
    const references = Array.isArray(work.referenced_works) ? work.referenced_works.map((ref) => shortId(ref, 'W')).filter((ref): ref is string => !!ref) : [];
    if (references.length) this.references.set(paper, references);
    this.state.paperByWork.set(workId, id);
    this.document.papers.push(paper);
    return undefined;
  }

  private authors(authorships: Json[], line: number | undefined): AuthorshipRecord[] {
    const authors: AuthorshipRecord[] = [];
    for (const authorship of authorships) {
      const author = isObject(authorship.author) ? authorship.author : {};
      const displayName = text(author.display_name);
      const rawName = text(authorship.raw_author_name);
      const name = displayName ?? rawName;
      if (!name) continue;
      const orcid = text(author.orcid)?.replace(/^https?:\/\/orcid\.org\//i, '');
      const validOrcid = orcid && isValidOrcid(orcid) ? orcid : undefined;
      const openalexId = shortId(author.id, 'A');
      const id = validOrcid ? personKey(name, validOrcid) : openalexId ? `openalex:${openalexId}` : personKey(name);
      const facts = { alias: rawName, ...(validOrcid ? { orcid: validOrcid } : {}), ...(openalexId ? { openalexId } : {}) };
      authors.push({ person: this.nodes.person(id, name, facts, line), position: authors.length + 1, equalContribution: false, rawName: rawName ?? name });
      for (const institution of Array.isArray(authorship.institutions) ? authorship.institutions.filter(isObject) : []) {
        const institutionName = text(institution.display_name);
        if (institutionName && slugify(institutionName)) this.nodes.institution(institutionName, line);
      }
    }
    return authors;
  }

  /** OpenAlex topics (with their subfield → field → domain as broader topics), keywords, and concepts for works without topics. */
  private topics(work: Json, line: number | undefined): PaperTopicRecord[] {
    const links = new Map<string, PaperTopicRecord>();
    const link = (topic: string, score: unknown, source: string) => {
      if (!links.has(topic)) links.set(topic, { topic, score: clampScore(score), source });
    };
    const topics = Array.isArray(work.topics) && work.topics.length ? work.topics.filter(isObject) : isObject(work.primary_topic) ? [work.primary_topic] : [];
    for (const topic of topics) {
      const name = text(topic.display_name);
      if (!name || !slugify(name)) continue;
      let broader: string | undefined;
      for (const level of [topic.domain, topic.field, topic.subfield]) {
        const levelName = isObject(level) ? text(level.display_name) : undefined;
        if (levelName && slugify(levelName)) broader = this.nodes.topic(levelName, broader, line);
      }
      link(this.nodes.topic(name, broader, line), topic.score, 'openalex');
    }
    if (!topics.length && Array.isArray(work.concepts)) {
      for (const concept of work.concepts.filter(isObject)) {
        const name = text(concept.display_name);
        if (name && slugify(name) && clampScore(concept.score) > 0) link(this.nodes.topic(name, undefined, line), concept.score, 'openalex-concept');
      }
    }
    for (const keyword of Array.isArray(work.keywords) ? work.keywords.filter(isObject) : []) {
      const name = text(keyword.display_name) ?? text(keyword.keyword);
      const cleaned = name && slugify(name) ? cleanKeyword(name) : undefined;
      if (cleaned && !('rejected' in cleaned)) link(this.nodes.topic(cleaned.display, undefined, line), keyword.score, 'keyword');
    }
    return [...links.values()];
  }

  private reject(place: OpenAlexPlace, workId: string | undefined, reason: string): void {
    const record = [place.label, workId].filter(Boolean).join(' ') || (place.line !== undefined ? `line ${place.line}` : 'work');
    this.rejects.push({ ...(place.line === undefined ? {} : { line: place.line }), record, reason });
  }
}

function authorName(authorship: Json): string | undefined {
  return (isObject(authorship.author) ? text(authorship.author.display_name) : undefined) ?? text(authorship.raw_author_name);
}

function describePlace(place: OpenAlexPlace, workId: string): string {
  if (place.label) return `${place.label} (${workId})`;
  return place.line !== undefined ? `line ${place.line} (${workId})` : workId;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** "https://openalex.org/W4385245566" → "W4385245566" (the short form is accepted too). */
function shortId(value: unknown, kind: 'W' | 'A'): string | undefined {
  const match = typeof value === 'string' ? new RegExp(`^(?:https?://openalex\\.org/)?(${kind}\\d+)$`, 'i').exec(value.trim()) : null;
  return match ? match[1].toUpperCase() : undefined;
}

function clampScore(score: unknown): number {
  return typeof score === 'number' && Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 1;
}

function findArxiv(work: Json, doi: string | undefined): string | undefined {
  const fromDoi = readArxivLink(doi);
  if (fromDoi) return fromDoi;
  const locations = [work.primary_location, ...(Array.isArray(work.locations) ? work.locations : [])].filter(isObject);
  for (const location of locations) {
    const found = readArxivLink(text(location.landing_page_url)) ?? readArxivLink(text(location.pdf_url));
    if (found) return found;
  }
  return undefined;
}

/**
 * The venue: the source of the primary location, else of the first other location, that is
 * not a repository. A repository (arXiv, Zenodo, a university's) hosts copies; taking it
 * would make "arXiv (Cornell University)" the venue of every preprint (the arXiv id is kept instead).
 */
function findVenue(work: Json): string | undefined {
  const locations = [work.primary_location, ...(Array.isArray(work.locations) ? work.locations : [])].filter(isObject);
  for (const location of locations) {
    const source = isObject(location.source) ? location.source : undefined;
    const name = source ? text(source.display_name) : undefined;
    if (name && source!.type !== 'repository' && slugify(name)) return markupToText(name);
  }
  return undefined;
}
