import { emptyGraphDocument, type GraphDocument, type PaperRecord, type PaperTopicRecord } from '../../graph/graph-document';
import { DOI_PATTERN, normalizeDoi, paperKey, personKey, slugify } from '../../graph/keys';
import type { ImportReject } from '../../graph/import-reject';
import { DocumentNodes } from '../json/document-nodes';
import { markupToText } from '../json/markup-to-text';
import { readArxivLink } from '../read-arxiv-id';
import { cleanKeyword } from '../topics/clean-keyword';
import { readCslItems, type CslInputItem } from './read-csl-items';
import { readCslName } from './read-csl-name';
import { readCslYear } from './read-csl-year';

export interface CslParseResult {
  document: GraphDocument;
  rejects: ImportReject[];
}

type Json = Record<string, unknown>;

/**
 * Parses CSL-JSON (Zotero, Mendeley, Crossref content negotiation) or a Crossref REST API
 * response (see readCslItems) into the canonical GraphDocument: one PaperRecord per item of any
 * type, its authors (not editors) as people.
 *
 * Mapping, per item:
 * - paper: id paperKey(title, DOI); title (a string, or the first of Crossref's array; HTML
 *   dropped); year from `issued` (readCslYear); abstract without its JATS/HTML markup; `arxiv`
 *   from `number` when `archive` or `publisher` is arXiv, else from an arXiv DOI or URL.
 * - venue: `container-title` (first of an array), else `event-title`, else `event`; abbreviation
 *   from `container-title-short`, `journalAbbreviation` or Crossref's `short-container-title`.
 * - people (readCslName): id `orcid:<ORCID>` for a valid ORCID, else personKey(name); name
 *   "Given Particle Family Suffix" or the literal; rawName family first as written.
 * - `keyword` (comma- or semicolon-separated, or an array): topics with source 'keyword'.
 *
 * Rejects (the rest is imported), labelled "items[i]" plus the item's id, with the line where the
 * item starts: an item that is not an object, without title, a year that is not a number or is
 * outside 1000..2100, a malformed DOI, a paper id already taken.
 * Throws CslFormatError (one line) for input that is not CSL-JSON at all; nothing is imported then.
 */
export function parseCslJson(text: string, source: string): CslParseResult {
  const builder = new CslDocumentBuilder(source);
  for (const item of readCslItems(text)) builder.add(item);
  return { document: builder.document, rejects: builder.rejects };
}

class CslDocumentBuilder {
  readonly document: GraphDocument;
  readonly rejects: ImportReject[] = [];
  private readonly nodes: DocumentNodes;
  private readonly firstSeen = new Map<string, string>();

  constructor(source: string) {
    this.document = emptyGraphDocument(source);
    this.nodes = new DocumentNodes(this.document);
  }

  add({ value, label, line }: CslInputItem): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.reject(label, line, `not a CSL item: a JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}, not an object`);
    }
    const item = value as Json;
    const record = typeof item.id === 'string' || typeof item.id === 'number' ? `${label} ${item.id}` : label;
    const problem = this.addItem(item, record, line);
    if (problem) this.reject(record, line, problem);
  }

  private addItem(item: Json, record: string, line: number | undefined): string | undefined {
    const title = markupToText(first(item.title) ?? '');
    if (!title) return 'missing title';
    const year = readCslYear(item.issued);
    if ('error' in year) return year.error;
    let doi: string | undefined;
    const rawDoi = first(item.DOI);
    if (rawDoi) {
      doi = normalizeDoi(rawDoi);
      if (!DOI_PATTERN.test(doi)) return `malformed DOI "${rawDoi}"`;
    }
    if (!doi && !slugify(title)) return `title "${title}" has no letters or digits to identify it`;
    const id = paperKey(title, doi);
    const earlier = this.firstSeen.get(id);
    if (earlier) return `same paper as ${earlier}: ${doi ? `duplicate DOI ${doi}` : 'duplicate title without DOI'}`;
    this.firstSeen.set(id, record);

    const paper: PaperRecord = { id, title, authors: [], ...(line === undefined ? {} : { line }) };
    if (year.year !== undefined) paper.year = year.year;
    if (doi) paper.doi = doi;
    const arxiv = findArxiv(item, doi);
    if (arxiv) paper.arxiv = arxiv;
    const abstract = markupToText(first(item.abstract) ?? '', { paragraphs: true });
    if (abstract) paper.abstract = abstract;
    const venue = markupToText(first(item['container-title']) ?? first(item['event-title']) ?? first(item.event) ?? '');
    if (slugify(venue)) {
      const abbreviation = markupToText(first(item['container-title-short']) ?? first(item.journalAbbreviation) ?? first(item['short-container-title']) ?? '');
      paper.venue = this.nodes.venue(venue, abbreviation || undefined, line);
    }
    for (const author of Array.isArray(item.author) ? item.author : []) {
      const name = readCslName(author);
      if (!name) continue;
      const person = this.nodes.person(personKey(name.name, name.orcid), name.name, name.orcid ? { orcid: name.orcid } : {}, line);
      paper.authors.push({ person, position: paper.authors.length + 1, equalContribution: false, rawName: name.rawName });
    }
    const topics = this.keywords(item.keyword, line);
    if (topics.length) paper.topics = topics;
    this.document.papers.push(paper);
    return undefined;
  }

  private keywords(value: unknown, line: number | undefined): PaperTopicRecord[] {
    const words = typeof value === 'string' ? value.split(/\s*[,;]\s*/) : Array.isArray(value) ? value.filter((word): word is string => typeof word === 'string') : [];
    const links = new Map<string, PaperTopicRecord>();
    for (const word of words.map((entry) => markupToText(entry)).filter((entry) => slugify(entry))) {
      const cleaned = cleanKeyword(word);
      if ('rejected' in cleaned) continue;
      const topic = this.nodes.topic(cleaned.display, undefined, line);
      if (!links.has(topic)) links.set(topic, { topic, score: 1, source: 'keyword' });
    }
    return [...links.values()];
  }

  private reject(record: string, line: number | undefined, reason: string): void {
    this.rejects.push({ ...(line === undefined ? {} : { line }), record, reason });
  }
}

/** A string field, or the first string of an array field (Crossref's `title`, `container-title`). */
function first(value: unknown): string | undefined {
  const candidate = Array.isArray(value) ? value.find((entry) => typeof entry === 'string' && entry.trim()) : value;
  return typeof candidate === 'string' && candidate.trim() ? candidate.trim() : undefined;
}

function findArxiv(item: Json, doi: string | undefined): string | undefined {
  const isArxiv = (field: unknown) => typeof field === 'string' && /^arxiv(\.org)?$/i.test(field.trim());
  if (isArxiv(item.archive) || isArxiv(item.publisher)) {
    const found = readArxivLink(first(item.number), { bare: true }) ?? readArxivLink(first(item.archive_location), { bare: true });
    if (found) return found;
  }
  return readArxivLink(doi) ?? readArxivLink(first(item.URL));
}
