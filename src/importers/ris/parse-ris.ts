import { emptyGraphDocument, type GraphDocument, type PaperRecord, type PaperTopicRecord } from '../../graph/graph-document';
import { DOI_PATTERN, normalizeDoi, paperKey, personKey, slugify, topicKey, venueKey } from '../../graph/keys';
import { cleanKeyword } from '../topics/clean-keyword';
import type { ImportReject } from '../../graph/import-reject';
import { readArxivId } from '../read-arxiv-id';
import { readDoiLink } from '../read-doi-link';
import { risDisplayName } from './ris-display-name';
import { scanRis, type RawRisRecord } from './scan-ris';

const MIN_YEAR = 1000;
const MAX_YEAR = 2100;
/** Reference types whose venue is a periodical: JO/JF name it, T2 often repeats it. */
const PERIODICAL_TYPES = new Set(['JOUR', 'EJOUR', 'JFULL', 'MGZN', 'NEWS', 'ABST', 'INPR']);
const PERIODICAL_VENUE_TAGS = ['JF', 'JO', 'T2', 'BT', 'T3'];
/** Conference papers and book chapters: T2 is the proceedings or book title. */
const OTHER_VENUE_TAGS = ['T2', 'BT', 'T3', 'JF', 'JO'];

/**
 * Parses RIS (as EndNote, Zotero, Mendeley, Scopus and Web of Science export it) into the
 * canonical GraphDocument: one PaperRecord per `TY  -` … `ER  -` record.
 *
 * Contract:
 * - Title TI, else T1. Authors AU and A1 in order (never A2/ED, the editors), people keyed by
 *   personKey of the display name ("Keim, Daniel A." → "Daniel A. Keim"), rawName as written.
 * - Year: the first 4 digits of PY, else Y1, else DA ("2021///"). Abstract AB, else N2.
 * - Venue: JF, JO, T2, BT, T3 for journal types (JOUR, ...), T2, BT, T3, JF, JO for the rest;
 *   JA, else J2, becomes the venue's abbreviation when it differs from the name.
 * - DOI from DO (a bare DOI or a doi.org link), else from a doi.org UR; arXiv id from a UR or
 *   an arXiv DOI. Paper id paperKey(title, doi).
 * - KW: one keyword per line (a line of "a; b" counts as two), topics with source 'keyword'.
 * - Rejected, with the TY line: no title, no authors, a PY/Y1/DA without a 4-digit year or one
 *   outside 1000..2100, a DO that is not a DOI, a paper id taken by an earlier record, and a
 *   record cut short by the next TY line.
 * - Throws RisFormatError (see scanRis) for text with no TY line or a record open at the end;
 *   nothing of the unfinished record is returned.
 */
export function parseRis(text: string, source: string): { document: GraphDocument; rejects: ImportReject[] } {
  const { records, failures } = scanRis(text);
  const builder = new RisDocumentBuilder(emptyGraphDocument(source));
  for (const failure of failures) builder.reject(failure.line, label(failure.type, undefined), failure.reason);
  for (const record of records) builder.add(record);
  return { document: builder.document, rejects: builder.rejects.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

function label(type: string, title: string | undefined): string {
  const shown = title && title.length > 60 ? `${title.slice(0, 57)}...` : title;
  return shown ? `TY  - ${type || '(none)'} "${shown}"` : `TY  - ${type || '(none)'}`;
}

function first(record: RawRisRecord, tags: readonly string[]): string {
  for (const tag of tags) {
    const value = record.fields.get(tag)?.find((found) => found.trim());
    if (value) return value.trim();
  }
  return '';
}

function all(record: RawRisRecord, tags: readonly string[]): string[] {
  return tags.flatMap((tag) => record.fields.get(tag) ?? []).filter((value) => value.trim());
}

function readYear(record: RawRisRecord): { year?: number } | { error: string } {
  const raw = first(record, ['PY', 'Y1', 'DA']);
  if (!raw) return {};
  const digits = /\d{4}/.exec(raw);
  if (!digits) return { error: `year "${raw}" has no 4-digit year` };
  const year = Number(digits[0]);
  return year < MIN_YEAR || year > MAX_YEAR ? { error: `year ${year} is out of range` } : { year };
}

function readDoi(record: RawRisRecord): { doi?: string } | { error: string } {
  const raw = first(record, ['DO']);
  if (raw) {
    const doi = readDoiLink(raw) ?? normalizeDoi(raw);
    return DOI_PATTERN.test(doi) ? { doi } : { error: `malformed DOI "${raw}"` };
  }
  for (const url of all(record, ['UR'])) {
    const doi = readDoiLink(url);
    if (doi) return { doi };
  }
  return {};
}

/** Collects records and rejects, de-duplicating people, venues, topics and papers. */
class RisDocumentBuilder {
  readonly rejects: ImportReject[] = [];
  private readonly paperLines = new Map<string, number>();
  private readonly nodeIds = new Set<string>();

  constructor(readonly document: GraphDocument) {}

  reject(line: number, record: string, reason: string): void {
    this.rejects.push({ line, record, reason });
  }

  add(record: RawRisRecord): void {
    const title = first(record, ['TI', 'T1']).replace(/\s+/g, ' ');
    const rawNames = all(record, ['AU', 'A1']).map((name) => name.trim());
    const year = readYear(record);
    const doi = readDoi(record);
    const reason =
      (title ? undefined : 'missing title') ??
      (rawNames.length ? undefined : 'no authors') ??
      ('error' in year ? year.error : undefined) ??
      ('error' in doi ? doi.error : undefined);
    if (reason) return this.reject(record.line, label(record.type, title), reason);

    const paper: PaperRecord = { id: paperKey(title, 'doi' in doi ? doi.doi : undefined), title, line: record.line, authors: [] };
    if ('doi' in doi && doi.doi) paper.doi = doi.doi;
    const problem = this.paperProblem(paper);
    if (problem) return this.reject(record.line, label(record.type, title), problem);
    this.paperLines.set(paper.id, record.line);

    if ('year' in year && year.year !== undefined) paper.year = year.year;
    const arxiv = all(record, ['UR']).map(readArxivId).find(Boolean) ?? (paper.doi && readArxivId(paper.doi));
    if (arxiv) paper.arxiv = arxiv;
    const abstract = first(record, ['AB', 'N2']);
    if (abstract) paper.abstract = abstract;
    const venue = this.addVenue(record);
    if (venue) paper.venue = venue;
    paper.authors = rawNames.map((rawName, index) => {
      const name = risDisplayName(rawName);
      return { person: this.addNode(this.document.people, personKey(name), name, record.line), position: index + 1, equalContribution: false, rawName };
    });
    const topics = this.addTopics(all(record, ['KW']), record.line);
    if (topics.length) paper.topics = topics;
    this.document.papers.push(paper);
  }

  private paperProblem(paper: PaperRecord): string | undefined {
    if (!paper.doi && !slugify(paper.title)) return `title "${paper.title}" has no letters or digits to identify it`;
    const earlier = this.paperLines.get(paper.id);
    if (earlier === undefined) return undefined;
    return paper.doi ? `duplicate DOI ${paper.doi} (same paper as line ${earlier})` : `duplicate title without DOI (same paper as line ${earlier})`;
  }

  private addVenue(record: RawRisRecord): string | undefined {
    const name = first(record, PERIODICAL_TYPES.has(record.type.toUpperCase()) ? PERIODICAL_VENUE_TAGS : OTHER_VENUE_TAGS).replace(/\s+/g, ' ');
    if (!slugify(name)) return undefined;
    const id = venueKey(name);
    if (!this.nodeIds.has(id)) {
      this.nodeIds.add(id);
      const abbreviation = first(record, ['JA', 'J2']);
      this.document.venues.push(abbreviation && abbreviation !== name ? { id, name, abbreviation, line: record.line } : { id, name, line: record.line });
    }
    return id;
  }

  /** A keyword that repeats (by key) counts once. */
  private addTopics(lines: string[], line: number): PaperTopicRecord[] {
    const topics = new Map<string, PaperTopicRecord>();
    for (const keyword of lines.flatMap((value) => value.split(/\s*;\s*/)).filter((word) => slugify(word))) {
      // One topic per case-folded keyword; classification codes, boilerplate and mis-encodings are cleaned or dropped.
      const cleaned = cleanKeyword(keyword);
      if ('rejected' in cleaned) continue;
      const id = this.addNode(this.document.topics, topicKey(cleaned.key), cleaned.display, line);
      if (!topics.has(id)) topics.set(id, { topic: id, score: 1, source: 'keyword' });
    }
    return [...topics.values()];
  }

  /** Adds {id, name, line} to `list` unless a node with that id is already in the document. */
  private addNode(list: { id: string; name: string; line?: number }[], id: string, name: string, line: number): string {
    if (!this.nodeIds.has(id)) {
      this.nodeIds.add(id);
      list.push({ id, name, line });
    }
    return id;
  }
}
