import { emptyGraphDocument, type GraphDocument, type PaperRecord, type PaperTopicRecord } from '../../graph/graph-document';
import { paperKey, personKey, slugify, venueKey } from '../../graph/keys';
import type { ImportReject } from '../../graph/import-reject';
import { keywordTopics } from '../topics/keyword-topics';
import { splitKeywords } from '../topics/split-keywords';
import { buildBibtexAuthors } from './bibtex-authors';
import { readBibtexDoi } from './bibtex-doi';
import { BibtexInputError } from './bibtex-input-error';
import { readBibtexYear } from './bibtex-year';
import { convertLatex, type LatexRequest, type LatexResult } from './convert-latex';
import { findBinaryData, type BinaryData } from './find-binary-data';
import { createLineIndex } from './line-index';
import { scanBibtex, type BibtexScanFailure, type RawBibtexEntry } from './scan-bibtex';
import { splitBibtexNames } from './split-bibtex-names';

export interface BibtexParseResult {
  document: GraphDocument;
  rejects: ImportReject[];
  /** Bibliographic entries found (every "@type{...}" but @string, @preamble and @comment), imported or rejected. */
  entriesSeen: number;
}

export interface ParseBibtexOptions {
  /** Inputs larger than this many UTF-8 bytes throw a BibtexInputError. */
  maxBytes?: number;
}

/**
 * The default input limit, 16 MiB. The LaTeX conversion by @retorquere/bibtex-parser sets
 * the pace: measured on Node 20, 10,000 entries with LaTeX in every title, name list and
 * abstract (4.6 MB) take about 19 s and 190 MB of memory; the same in plain Unicode
 * (5.4 MB) about 6 s. So 16 MiB is 20 s to a bit over a minute of blocked event loop, and
 * 50 MB would be minutes. Raise it per call with `maxBytes`.
 */
export const DEFAULT_MAX_BIBTEX_BYTES = 16 * 1024 * 1024;

/** Fields that hold an entry's venue, in order of preference. school, institution and publisher are not venues. */
const VENUE_FIELDS = ['journal', 'journaltitle', 'booktitle'];
const EQUAL_CONTRIB_FIELDS = ['equalcontrib', 'equal_contribution', 'equalcontribution'];
const DIRECTIVES = new Set(['string', 'preamble', 'comment']);

/**
 * Parses BibTeX into the canonical GraphDocument: one PaperRecord per entry of any type,
 * with its authors (not editors) as people, journal/booktitle as venue and keywords as topics.
 *
 * Contract:
 * - Records keep the 1-based line of their entry's "@"; rejects carry the same line.
 * - An entry is rejected (and reported in `rejects`) for: a syntax error such as unbalanced
 *   braces, binary data, a citation key used before (case-insensitively, like BibTeX),
 *   no title, a year that is not a number in 1000..2100, a malformed DOI, LaTeX that cannot
 *   be converted, or a paper id (DOI, else the title) already taken by an earlier entry.
 *   The first of these wins; the other entries are still imported.
 * - Ordinary bad input never throws; an input over `maxBytes` throws BibtexInputError.
 * - Text is Unicode (see convertLatex); names are displayed "First von Last Jr.".
 * - Equal contribution: "*" after a name, or an `equalcontrib` field (see buildBibtexAuthors).
 * - Venue: journal, else journaltitle, else booktitle; never school, institution or publisher.
 */
export function parseBibtex(text: string, source = 'bibtex', options: ParseBibtexOptions = {}): BibtexParseResult {
  checkSize(text, options.maxBytes ?? DEFAULT_MAX_BIBTEX_BYTES);
  const input = text.replace(/^\uFEFF/, '');
  const lineAt = createLineIndex(input);
  const scan = scanBibtex(input, lineAt);
  const records = [...scan.entries, ...scan.failures].sort((a, b) => a.start - b.start);
  const binary = findBinaryData(input, records, lineAt);
  const builder = new DocumentBuilder(emptyGraphDocument(source));

  rejectBinaryOutsideRecords(builder, binary);
  for (const failure of scan.failures) rejectFailure(builder, failure, binary);
  const candidates = scan.entries.flatMap((entry) => checkEntry(builder, entry, binary) ?? []);
  const converted = convertLatex(candidates.map(({ entry }) => latexRequest(entry)));
  candidates.forEach((entry, index) => builder.addPaper(entry, converted[index]));
  builder.nameTopics();

  const entriesSeen = scan.entries.length + scan.failures.filter((failure) => !DIRECTIVES.has(failure.type)).length;
  return { document: builder.document, rejects: builder.sortedRejects(), entriesSeen };
}

function checkSize(text: string, maxBytes: number): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= maxBytes) return;
  const message = `BibTeX input is ${size(bytes)}, over the limit of ${size(maxBytes)}; split the file or raise maxBytes`;
  throw new BibtexInputError(message, 'too-large');
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function rejectBinaryOutsideRecords(builder: DocumentBuilder, binary: BinaryData): void {
  for (const run of binary.outside) {
    const lines = run.firstLine === run.lastLine ? `line ${run.firstLine}` : `lines ${run.firstLine}-${run.lastLine}`;
    builder.reject(run.firstLine, `(${lines})`, 'binary data (control characters) outside any entry, skipped');
  }
}

function rejectFailure(builder: DocumentBuilder, failure: BibtexScanFailure, binary: BinaryData): void {
  builder.reject(failure.line, label(failure.type, failure.key), binaryReason(binary, failure.start) ?? failure.message);
}

/** An entry that passed the checks needing no LaTeX conversion. */
interface CheckedEntry {
  entry: RawBibtexEntry;
  year?: number;
  doi?: string;
}

/** Rejects the entry (and returns undefined) when a check that needs no LaTeX conversion fails. */
function checkEntry(builder: DocumentBuilder, entry: RawBibtexEntry, binary: BinaryData): CheckedEntry | undefined {
  const year = readBibtexYear(entry.fields.get('year'), entry.fields.get('date'));
  const doi = readBibtexDoi(entry.fields.get('doi'));
  const reason =
    binaryReason(binary, entry.start) ??
    builder.claimKey(entry) ??
    (field(entry, 'title') ? undefined : 'missing title') ??
    ('error' in year ? year.error : undefined) ??
    ('error' in doi ? doi.error : undefined);
  if (reason) {
    builder.reject(entry.line, label(entry.type, entry.key), reason);
    return undefined;
  }
  return { entry, year: 'year' in year ? year.year : undefined, doi: 'doi' in doi ? doi.doi : undefined };
}

function binaryReason(binary: BinaryData, start: number): string | undefined {
  const found = binary.inRecords.get(start);
  if (!found) return undefined;
  const code = `U+${found.code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `binary data (control character ${code} at line ${found.line})`;
}

/** Texts: 0 title, 1 abstract, 2 venue, 3 keywords, 4 equal-contribution list, 5... raw author names. */
function latexRequest(entry: RawBibtexEntry): LatexRequest {
  const authors = field(entry, 'author');
  return {
    texts: [
      field(entry, 'title'),
      field(entry, 'abstract'),
      firstField(entry, VENUE_FIELDS),
      field(entry, 'keywords'),
      firstField(entry, EQUAL_CONTRIB_FIELDS),
      ...splitBibtexNames(authors),
    ],
    names: authors,
  };
}

function field(entry: RawBibtexEntry, name: string): string {
  return entry.fields.get(name)?.trim() ?? '';
}

function firstField(entry: RawBibtexEntry, names: readonly string[]): string {
  for (const name of names) if (field(entry, name)) return field(entry, name);
  return '';
}

function label(type: string, key: string | undefined): string {
  return key ? `@${type}{${key}}` : `@${type}`;
}

/** Collects records and rejects, de-duplicating people, venues, topics, keys and papers. */
class DocumentBuilder {
  private readonly rejects: ImportReject[] = [];
  private readonly keyLines = new Map<string, number>();
  private readonly paperLines = new Map<string, number>();
  private readonly nodeIds = new Set<string>();
  /** Every keyword of the document, so that a topic's name does not depend on which entry came first. */
  private readonly keywords: string[] = [];

  constructor(readonly document: GraphDocument) {}

  reject(line: number, record: string, reason: string): void {
    this.rejects.push({ line, record, reason });
  }

  /** Rejects come out in source order, whichever check found them. */
  sortedRejects(): ImportReject[] {
    return [...this.rejects].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  /** The first entry with a key owns it, as in BibTeX, even if it is rejected for another reason. */
  claimKey(entry: RawBibtexEntry): string | undefined {
    if (!entry.key) return undefined;
    const folded = entry.key.toLowerCase();
    const first = this.keyLines.get(folded);
    if (first !== undefined) return `duplicate key ${entry.key} (first at line ${first})`;
    this.keyLines.set(folded, entry.line);
    return undefined;
  }

  addPaper({ entry, year, doi }: CheckedEntry, converted: LatexResult): void {
    const record = label(entry.type, entry.key);
    if ('error' in converted) return this.reject(entry.line, record, `cannot convert LaTeX: ${converted.error}`);
    const [title, abstract, venue, keywords, equalContrib, ...rawNames] = converted.texts;
    const paper: PaperRecord = { id: paperKey(title, doi), title, authors: [], line: entry.line };
    if (doi) paper.doi = doi;
    const problem = this.paperProblem(paper);
    if (problem) return this.reject(entry.line, record, problem);
    this.paperLines.set(paper.id, entry.line);

    if (year !== undefined) paper.year = year;
    if (abstract) paper.abstract = abstract;
    if (slugify(venue)) paper.venue = this.addNode(this.document.venues, venueKey(venue), venue, entry.line);
    paper.authors = buildBibtexAuthors(converted.names, rawNames, equalContrib).map((author) => ({
      person: this.addNode(this.document.people, personKey(author.name), author.name, entry.line),
      position: author.position,
      equalContribution: author.equalContribution,
      rawName: author.rawName,
    }));
    const topics = this.addTopics(keywords, entry.line);
    if (topics.length) paper.topics = topics;
    this.document.papers.push(paper);
  }

  private paperProblem(paper: PaperRecord): string | undefined {
    if (!paper.title) return 'empty title';
    if (!paper.doi && !slugify(paper.title)) return `title "${paper.title}" has no letters or digits to identify it`;
    const first = this.paperLines.get(paper.id);
    if (first === undefined) return undefined;
    return paper.doi ? `duplicate DOI ${paper.doi} (same paper as line ${first})` : `duplicate title without DOI (same paper as line ${first})`;
  }

  /**
   * Keywords are split by splitKeywords and cleaned by keywordTopics; a keyword that repeats
   * (by key) counts once, and one that is no topic (an ACM code, boilerplate, a number) is not linked.
   */
  private addTopics(keywords: string, line: number): PaperTopicRecord[] {
    const pieces = splitKeywords(keywords);
    this.keywords.push(...pieces);
    const topics = new Map<string, PaperTopicRecord>();
    for (const topic of keywordTopics(pieces).topics) {
      const id = this.addNode(this.document.topics, topic.id, topic.name, line);
      if (!topics.has(id)) topics.set(id, { topic: id, score: 1, source: 'keyword' });
    }
    return [...topics.values()];
  }

  /** Names each keyword topic from all its keywords in the document (see keywordTopics), independent of entry order. */
  nameTopics(): void {
    const names = new Map(keywordTopics(this.keywords).topics.map((topic) => [topic.id, topic.name]));
    for (const topic of this.document.topics) topic.name = names.get(topic.id) ?? topic.name;
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
