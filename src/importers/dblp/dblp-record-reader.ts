import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DblpFormatError } from './dblp-format-error';
import { XML_NAMED_ENTITIES } from './xml-named-entities';

/** The bibliographic record elements of dblp.dtd. */
export const DBLP_RECORD_TYPES: ReadonlySet<string> = new Set(['article', 'inproceedings', 'proceedings', 'incollection', 'book', 'phdthesis', 'mastersthesis', 'www', 'data']);

/** A person as a record names them: the element's text and its pid and orcid attributes. */
export interface DblpRawName {
  name: string;
  pid?: string;
  orcid?: string;
}

/** One record element as read, before any mapping: texts are entity-decoded, markup flattened, spaces collapsed. */
export interface DblpRawRecord {
  type: string;
  key?: string;
  /** 1-based line of the record's start tag. */
  line: number;
  authors: DblpRawName[];
  editors: DblpRawName[];
  /** Every other child element's texts by element name, in order ("title", "year", "journal", "ee", ...). */
  fields: Map<string, string[]>;
  /** Set when the record could be read only in part (an entity not in the table). */
  problem?: string;
}

interface OpenField {
  name: string;
  depth: number;
  attributes: Record<string, string>;
  text: string;
}

/**
 * Reads dblp.xml and DBLP person pages (`<dblpperson>`) with saxes, a chunk at a time, and hands
 * each complete record element to `onRecord` as soon as its end tag is read, so memory holds one
 * record, not the file.
 *
 * Contract:
 * - Records are the DBLP_RECORD_TYPES elements directly under `<dblp>`, or under an `<r>` of a
 *   `<dblpperson>`; a person page's own `<person>`, `<coauthors>` and `<homonyms>` are not records.
 * - Not read at all: `<www>` records keyed `homepages/...` (person pages, not publications) and
 *   `<proceedings>` (a volume with editors only; its papers are the `<inproceedings>` records).
 * - The named entities of dblp.dtd (XML_NAMED_ENTITIES) are known; a record using another one
 *   gets a `problem` and is read on.
 * - Any other XML error, a root other than `<dblp>`/`<dblpperson>`, or elements still open at
 *   `close()` throw DblpFormatError from `write` or `close`; the record being read is not handed on.
 */
export class DblpRecordReader {
  /** The `pid` of a `<dblpperson>` root: whom the page is about. */
  subjectPid?: string;

  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private readonly names: string[] = [];
  private record?: DblpRawRecord;
  private recordDepth = -1;
  private field?: OpenField;
  private tagLine = 1;
  private tagColumn = 1;
  /** Line and column before the first non-space character, while none has been read. */
  private lead?: { line: number; column: number } = { line: 1, column: 1 };

  constructor(private readonly onRecord: (record: DblpRawRecord) => void) {
    Object.assign(this.parser.ENTITIES, XML_NAMED_ENTITIES);
    this.parser.on('opentagstart', () => {
      // The tag name has just been read and cannot span lines, so this is the start tag's line.
      this.tagLine = this.parser.line;
      this.tagColumn = this.parser.column;
    });
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('text', (text) => this.text(text));
    this.parser.on('cdata', (text) => this.text(text));
    this.parser.on('closetag', () => this.close_());
    this.parser.on('error', (error) => this.error(error));
  }

  /** Feeds the next piece of the text; pieces may split anywhere, even inside a tag or an entity. */
  write(text: string): void {
    if (this.lead) this.checkLead(text);
    this.parser.write(text);
  }

  /** Ends the input; throws DblpFormatError when it ends inside an element or holds no root at all. */
  close(): void {
    this.parser.close();
  }

  /**
   * saxes reports text before the root only where that text ends, at the end of a file that is
   * not XML at all; say so where it starts instead.
   */
  private checkLead(text: string): void {
    const lead = this.lead!;
    const start = text.search(/\S/);
    const skipped = start < 0 ? text : text.slice(0, start);
    const lines = skipped.split(/\r\n|\r|\n/);
    lead.line += lines.length - 1;
    lead.column = lines.length > 1 ? lines.at(-1)!.length + 1 : lead.column + skipped.length;
    if (start < 0) return;
    this.lead = undefined;
    if (text[start] !== '<') throw new DblpFormatError(`text "${text.slice(start, start + 20).split(/[\r\n]/)[0]}" where XML starts with "<"`, lead.line, lead.column);
  }

  private open(tag: SaxesTagPlain): void {
    const depth = this.names.length;
    const parent = this.names[depth - 1];
    this.names.push(tag.name);
    if (depth === 0) return this.openRoot(tag);
    if (this.field) return;
    if (this.record) {
      if (depth === this.recordDepth + 1) this.field = { name: tag.name, depth, attributes: { ...tag.attributes }, text: '' };
      return;
    }
    const isRecordPlace = this.names[0] === 'dblp' ? depth === 1 : depth === 2 && parent === 'r';
    if (!isRecordPlace || !DBLP_RECORD_TYPES.has(tag.name)) return;
    const key = tag.attributes.key?.trim() || undefined;
    if (tag.name === 'proceedings' || (tag.name === 'www' && key?.startsWith('homepages/'))) return this.skip(depth);
    this.record = { type: tag.name, key, line: this.tagLine, authors: [], editors: [], fields: new Map() };
    this.recordDepth = depth;
  }

  private openRoot(tag: SaxesTagPlain): void {
    if (tag.name !== 'dblp' && tag.name !== 'dblpperson') {
      throw new DblpFormatError(`the root element is <${tag.name}>, not <dblp> or <dblpperson>`, this.tagLine, this.tagColumn);
    }
    if (tag.name === 'dblpperson') this.subjectPid = tag.attributes.pid?.trim() || undefined;
  }

  /** A skipped record is read like any other (so its XML is checked) but never handed on. */
  private skip(depth: number): void {
    this.record = { type: '', line: this.tagLine, authors: [], editors: [], fields: new Map(), problem: 'skipped' };
    this.recordDepth = depth;
  }

  private text(text: string): void {
    if (this.field) this.field.text += text;
  }

  private close_(): void {
    this.names.pop();
    const depth = this.names.length;
    if (this.field && depth === this.field.depth) {
      this.finishField(this.field);
      this.field = undefined;
    } else if (this.record && depth === this.recordDepth) {
      const record = this.record;
      this.record = undefined;
      if (record.problem !== 'skipped') this.onRecord(record);
    }
  }

  private finishField(field: OpenField): void {
    const record = this.record!;
    const text = field.text.replace(/\s+/g, ' ').trim();
    if (field.name === 'author' || field.name === 'editor') {
      const name: DblpRawName = { name: text };
      const pid = field.attributes.pid?.trim();
      const orcid = field.attributes.orcid?.trim();
      if (pid) name.pid = pid;
      if (orcid) name.orcid = orcid;
      if (text) (field.name === 'author' ? record.authors : record.editors).push(name);
      return;
    }
    const values = record.fields.get(field.name) ?? [];
    values.push(text);
    record.fields.set(field.name, values);
  }

  private error(error: Error): void {
    const reason = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const unclosed = /^unclosed tag: (\S+)$/.exec(reason);
    if (reason === 'undefined entity') {
      // saxes keeps "&name;" in the text and reads on: the record, not the file, is at fault.
      if (this.record) this.record.problem ??= `unknown XML entity at line ${this.parser.line}, column ${this.parser.column}`;
      return;
    }
    // saxes counts columns from 0 for the next character, which is the 1-based column of the one just read.
    const position = [this.parser.line, Math.max(1, this.parser.column)] as const;
    if (unclosed) throw new DblpFormatError(`the input ends inside <${unclosed[1]}> (truncated?)`, ...position);
    throw new DblpFormatError(reason, ...position);
  }
}
