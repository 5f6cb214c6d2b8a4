import { emptyGraphDocument, type GraphDocument, type PaperRecord, type PersonRecord } from '../../graph/graph-document';
import { isValidOrcid, paperKey, personKey, slugify, venueKey } from '../../graph/keys';
import type { ImportReject } from '../../graph/import-reject';
import { readArxivId } from '../read-arxiv-id';
import { readDoiLink } from '../read-doi-link';
import type { DblpRawName, DblpRawRecord } from './dblp-record-reader';
import { splitDblpName } from './split-dblp-name';

const MIN_YEAR = 1000;
const MAX_YEAR = 2100;

/**
 * Maps DBLP records (as DblpRecordReader reads them) onto one self-contained GraphDocument:
 * its papers, and the people and venues they name.
 *
 * Contract:
 * - Paper id `doi:<doi>` from the first `<ee>` that is a DOI link, else `paper:<title slug>`;
 *   `dblpKey` the record key, `arxiv` from an arXiv `<ee>` (or arXiv DOI), title with markup
 *   flattened and DBLP's closing period dropped, venue from `<journal>`, else `<booktitle>`.
 * - People, authors only (never editors): id `orcid:<orcid>` when any record of the document
 *   gives that pid (or, without a pid, that name) an ORCID, else `dblp:<pid>`, else
 *   personKey of the name as DBLP writes it, homonym number included ("person:wei-chen-0001").
 *   Display name without the number; `dblpName` only for a numbered name. An ORCID that fails
 *   its checksum is ignored.
 * - Rejected, with the start tag's line and "type key" as label: no title, no authors, a year
 *   that is not 1000..2100, an unknown entity, a title without letters or digits and no DOI,
 *   or a paper id taken by an earlier record of the same document.
 * - `subject` is the person whose page this is (`subjectPid`), when they are among the authors.
 */
export function buildDblpDocument(records: readonly DblpRawRecord[], source: string, subjectPid?: string): { document: GraphDocument; rejects: ImportReject[] } {
  const builder = new DblpDocumentBuilder(emptyGraphDocument(source), records);
  for (const record of records) builder.add(record);
  const subject = subjectPid && builder.personId({ name: '', pid: subjectPid });
  if (subject && builder.document.people.some((person) => person.id === subject)) builder.document.subject = subject;
  return { document: builder.document, rejects: builder.rejects };
}

class DblpDocumentBuilder {
  readonly rejects: ImportReject[] = [];
  private readonly orcids = new Map<string, string>();
  private readonly paperLines = new Map<string, number>();
  private readonly people = new Map<string, PersonRecord>();
  private readonly venues = new Set<string>();

  constructor(
    readonly document: GraphDocument,
    records: readonly DblpRawRecord[],
  ) {
    // DBLP puts an orcid attribute only on the records where the ORCID was asserted, so one
    // pid can come with and without it; look ahead so that each person gets one id.
    for (const author of records.flatMap((record) => record.authors)) {
      if (author.orcid && isValidOrcid(author.orcid) && !this.orcids.has(identityOf(author))) this.orcids.set(identityOf(author), author.orcid);
    }
  }

  personId(author: DblpRawName): string {
    const orcid = this.orcids.get(identityOf(author));
    if (orcid) return personKey(author.name, orcid);
    return author.pid ? `dblp:${author.pid}` : personKey(author.name);
  }

  add(record: DblpRawRecord): void {
    const label = record.key ? `${record.type} ${record.key}` : record.type;
    const problem = this.problem(record);
    if (problem) {
      this.rejects.push({ line: record.line, record: label, reason: problem });
      return;
    }
    const title = readTitle(record);
    const links = record.fields.get('ee') ?? [];
    const doi = firstOf(links, readDoiLink);
    const paper: PaperRecord = { id: paperKey(title, doi), title, line: record.line, authors: [] };
    const duplicate = this.paperLines.get(paper.id);
    if (duplicate !== undefined) {
      const reason = doi ? `duplicate DOI ${doi} (same paper as line ${duplicate})` : `duplicate title without DOI (same paper as line ${duplicate})`;
      this.rejects.push({ line: record.line, record: label, reason });
      return;
    }
    this.paperLines.set(paper.id, record.line);

    if (doi) paper.doi = doi;
    const arxiv = firstOf(links, readArxivId) ?? (doi && readArxivId(doi));
    if (arxiv) paper.arxiv = arxiv;
    if (record.key) paper.dblpKey = record.key;
    const year = first(record, 'year');
    if (year) paper.year = Number(year);
    const venue = first(record, 'journal') || first(record, 'booktitle');
    if (slugify(venue)) paper.venue = this.addVenue(venue, record.line);
    paper.authors = record.authors.map((author, index) => ({
      person: this.addPerson(author, record.line),
      position: index + 1,
      equalContribution: false,
      rawName: author.name,
    }));
    this.document.papers.push(paper);
  }

  private problem(record: DblpRawRecord): string | undefined {
    if (record.problem) return record.problem;
    const title = readTitle(record);
    if (!title) return 'missing title';
    if (!record.authors.length) return record.editors.length ? 'no authors (editors only)' : 'no authors';
    const year = first(record, 'year');
    if (year && !/^\d{4}$/.test(year)) return `year "${year}" is not a 4-digit year`;
    if (year && (Number(year) < MIN_YEAR || Number(year) > MAX_YEAR)) return `year ${year} is out of range`;
    if (!slugify(title) && !firstOf(record.fields.get('ee') ?? [], readDoiLink)) return `title "${title}" has no letters or digits to identify it`;
    return undefined;
  }

  private addPerson(author: DblpRawName, line: number): string {
    const id = this.personId(author);
    if (this.people.has(id)) return id;
    const { name, number } = splitDblpName(author.name);
    const person: PersonRecord = { id, name, line };
    if (number) person.dblpName = author.name;
    if (author.pid) person.dblpPid = author.pid;
    const orcid = this.orcids.get(identityOf(author));
    if (orcid) person.orcid = orcid;
    this.people.set(id, person);
    this.document.people.push(person);
    return id;
  }

  private addVenue(name: string, line: number): string {
    const id = venueKey(name);
    if (!this.venues.has(id)) {
      this.venues.add(id);
      this.document.venues.push({ id, name, line });
    }
    return id;
  }
}

/** A pid names one person; without one, the name as DBLP writes it (number included) does. */
function identityOf(author: DblpRawName): string {
  return author.pid ? `pid ${author.pid}` : `name ${author.name}`;
}

/** DBLP ends every title with a period that is not part of it ("Title."); "?" and "!" stand alone, as does an ellipsis. */
function readTitle(record: DblpRawRecord): string {
  const title = first(record, 'title');
  return title.endsWith('.') && !title.endsWith('...') ? title.slice(0, -1).trimEnd() : title;
}

function first(record: DblpRawRecord, field: string): string {
  return record.fields.get(field)?.[0] ?? '';
}

function firstOf(values: readonly string[], read: (value: string) => string | undefined): string | undefined {
  for (const value of values) {
    const found = read(value);
    if (found) return found;
  }
  return undefined;
}
