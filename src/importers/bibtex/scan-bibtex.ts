import { BIBTEX_DEFAULT_MACROS } from './bibtex-default-macros';
import { createLineIndex } from './line-index';

/** Longest field value accepted after @string expansion. */
const MAX_VALUE_LENGTH = 100_000;

/** One entry as written: field values have @string macros expanded but their LaTeX untouched. */
export interface RawBibtexEntry {
  /** Lower-case entry type: "article", "inproceedings", ... */
  type: string;
  /** The citation key as written; '' when the entry has none. */
  key: string;
  /** 1-based line of the "@". */
  line: number;
  /** Offsets of the entry in the text, [start, end). */
  start: number;
  end: number;
  /** Lower-case field name → raw value. The first of repeated fields wins, as in BibTeX. */
  fields: Map<string, string>;
}

/** A record ("@..." block) that could not be read. Scanning resumed at `end`. */
export interface BibtexScanFailure {
  type: string;
  key?: string;
  line: number;
  start: number;
  end: number;
  message: string;
}

export interface BibtexScan {
  entries: RawBibtexEntry[];
  failures: BibtexScanFailure[];
}

/**
 * Splits BibTeX text into entries with exact source positions. @string macros are expanded
 * as they are defined (so a macro referring to itself sees its previous value and cannot
 * loop), @comment and @preamble are skipped, and text outside records is ignored, as in
 * BibTeX. An undefined macro stands for its own name (what @retorquere/bibtex-parser does).
 *
 * A record with a syntax error (unbalanced braces, a missing comma, ...) becomes a failure
 * and scanning resumes at the next line that starts a record, so one bad entry does not
 * take the rest of the file with it. Never throws.
 *
 * The quoting rules follow @retorquere/bibtex-parser, which converts the values afterwards:
 * a backslash escapes the next character, and "%" starts a comment only between tokens.
 * (The library itself is not used for this step because it reports no source positions.)
 */
export function scanBibtex(text: string, lineAt: (offset: number) => number = createLineIndex(text)): BibtexScan {
  const scanner = new BibtexScanner(text, lineAt);
  scanner.run();
  return { entries: scanner.entries, failures: scanner.failures };
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const NAME = /[\p{L}\p{N}+'&;_:\\./-]+/uy;
const TYPE = /[A-Za-z][A-Za-z0-9_:-]*/y;
const SPACE = /(?:\s|%[^\n]*)*/y;
const BRACE_OR_ESCAPE = /[\\{}]/g;
const QUOTE_BRACE_OR_ESCAPE = /[\\{}"]/g;
const TOP_LEVEL_MARK = /[%@]/g;
const LINE_START_AT = /^[ \t]*@/gm;
/** A character that makes an "@" part of a word, e.g. an e-mail address, rather than a record. */
const WORD_CHAR = /[\p{L}\p{N}_.+-]/u;

class BibtexScanner {
  readonly entries: RawBibtexEntry[] = [];
  readonly failures: BibtexScanFailure[] = [];
  private readonly macros = new Map(BIBTEX_DEFAULT_MACROS);
  private pos = 0;
  /** The key of the entry being read, so that a failure can name it. */
  private key: string | undefined;

  constructor(
    private readonly text: string,
    private readonly lineAt: (offset: number) => number,
  ) {}

  run(): void {
    for (let start = this.nextRecord(0); start !== -1; start = this.nextRecord(this.pos)) {
      this.record(start);
    }
  }

  private record(start: number): void {
    this.pos = start + 1;
    this.key = undefined;
    this.skipSpace();
    const type = this.match(TYPE).toLowerCase();
    try {
      if (type === 'comment') this.comment();
      else if (type === 'preamble') this.preamble();
      else if (type === 'string') this.stringDefinition();
      else this.entry(type, start);
    } catch (error) {
      if (!(error instanceof ScanError)) throw error;
      const end = this.resumePoint(start);
      const where = this.lineAt(error.at) === this.lineAt(start) ? '' : ` (line ${this.lineAt(error.at)})`;
      this.failures.push({ type, key: this.key, line: this.lineAt(start), start, end, message: `${error.message}${where}` });
      this.pos = end;
    }
  }

  /** Like the library: "@comment{...}" is skipped as a braced block, "@comment ..." up to the end of the line. */
  private comment(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
    if (this.text[this.pos] === '{') this.braced('@comment');
    else this.pos = this.endOfLine(this.pos);
  }

  private preamble(): void {
    const close = this.open('preamble');
    this.value('@preamble');
    this.skipSpace();
    if (!this.eat(close)) throw new ScanError(`expected "${close}" to end @preamble`, this.pos);
  }

  private stringDefinition(): void {
    const close = this.open('string');
    this.fields(close, (name, value) => this.macros.set(name, value));
  }

  private entry(type: string, start: number): void {
    const close = this.open(type);
    const key = this.citationKey(close);
    const fields = new Map<string, string>();
    this.fields(close, (name, value) => {
      if (!fields.has(name)) fields.set(name, value);
    });
    this.entries.push({ type, key, line: this.lineAt(start), start, end: this.pos, fields });
  }

  private open(type: string): '}' | ')' {
    this.skipSpace();
    if (this.eat('{')) return '}';
    if (this.eat('(')) return ')';
    throw new ScanError(`expected "{" or "(" after @${type}`, this.pos);
  }

  /** Reads "key," — or nothing when the entry starts with a field ("@misc{title = ...}"). */
  private citationKey(close: string): string {
    this.skipSpace();
    if (this.eat(',')) return '';
    const start = this.pos;
    const key = this.match(close === '}' ? /[^\s,{}=%]+/y : /[^\s,(){}=%]+/y);
    this.key = key || undefined;
    this.skipSpace();
    if (this.text[this.pos] === '=') {
      this.pos = start;
      this.key = undefined;
      return '';
    }
    if (this.eat(',') || this.text[this.pos] === close) return key;
    throw new ScanError(`expected "," after the citation key "${key}"`, this.pos);
  }

  private fields(close: string, onField: (name: string, value: string) => void): void {
    for (;;) {
      this.skipSpace();
      if (this.eat(close)) return;
      const name = this.match(NAME);
      if (!name) throw new ScanError(`expected a field name or "${close}"`, this.pos);
      this.skipSpace();
      if (!this.eat('=')) throw new ScanError(`expected "=" after field "${name}"`, this.pos);
      onField(name.toLowerCase(), this.value(name));
      this.skipSpace();
      if (this.eat(',')) continue;
      if (this.eat(close)) return;
      if (this.startsRecord(this.pos)) {
        throw new ScanError(`missing "${close}" or unbalanced braces: field "${name}" runs into the next entry`, this.pos);
      }
      throw new ScanError(`expected "," or "${close}" after field "${name}"`, this.pos);
    }
  }

  /**
   * A value: pieces joined by "#", each braced, quoted, a number or a macro name. Capped in
   * length, so that macros that double themselves (@string{m = m # m}, repeated) are rejected
   * instead of growing exponentially.
   */
  private value(field: string): string {
    const pieces = [this.piece(field)];
    let length = pieces[0].length;
    for (this.skipSpace(); this.eat('#'); this.skipSpace()) {
      const piece = this.piece(field);
      length += piece.length;
      if (length > MAX_VALUE_LENGTH) throw new ScanError(`the value of "${field}" is over ${MAX_VALUE_LENGTH} characters after @string expansion`, this.pos);
      pieces.push(piece);
    }
    return pieces.join('');
  }

  private piece(field: string): string {
    this.skipSpace();
    if (this.text[this.pos] === '{') return this.braced(field);
    if (this.text[this.pos] === '"') return this.quoted(field);
    const bare = this.match(NAME);
    if (!bare) throw new ScanError(`expected a value for field "${field}"`, this.pos);
    return /^\d+$/.test(bare) ? bare : (this.macros.get(bare.toLowerCase()) ?? bare);
  }

  private braced(field: string): string {
    const open = this.pos;
    let depth = 0;
    BRACE_OR_ESCAPE.lastIndex = open + 1;
    for (let mark = BRACE_OR_ESCAPE.exec(this.text); mark; mark = BRACE_OR_ESCAPE.exec(this.text)) {
      if (mark[0] === '\\') BRACE_OR_ESCAPE.lastIndex++;
      else if (mark[0] === '{') depth++;
      else if (depth > 0) depth--;
      else return this.slice(open, mark.index);
    }
    throw new ScanError(`unbalanced braces: the value of "${field}" is never closed`, open);
  }

  private quoted(field: string): string {
    const open = this.pos;
    let depth = 0;
    QUOTE_BRACE_OR_ESCAPE.lastIndex = open + 1;
    for (let mark = QUOTE_BRACE_OR_ESCAPE.exec(this.text); mark; mark = QUOTE_BRACE_OR_ESCAPE.exec(this.text)) {
      if (mark[0] === '\\') QUOTE_BRACE_OR_ESCAPE.lastIndex++;
      else if (mark[0] === '{') depth++;
      else if (mark[0] === '}' && depth > 0) depth--;
      else if (mark[0] === '}') throw new ScanError(`unbalanced braces in the value of "${field}"`, mark.index);
      else if (depth === 0) return this.slice(open, mark.index);
    }
    throw new ScanError(`unbalanced quotes: the value of "${field}" is never closed`, open);
  }

  /** The text between two delimiters; moves past the closing one. */
  private slice(open: number, close: number): string {
    this.pos = close + 1;
    return this.text.slice(open + 1, close);
  }

  /** The next "@" that starts a record, outside "%" comment lines, or -1. */
  private nextRecord(from: number): number {
    TOP_LEVEL_MARK.lastIndex = from;
    for (let mark = TOP_LEVEL_MARK.exec(this.text); mark; mark = TOP_LEVEL_MARK.exec(this.text)) {
      if (mark[0] === '%') TOP_LEVEL_MARK.lastIndex = this.endOfLine(mark.index);
      else if (this.startsRecord(mark.index)) return mark.index;
    }
    return -1;
  }

  /**
   * Where to go on after a bad record: the next line that starts a record. Safer than the
   * next "@", which may be an e-mail address or a stray "@" inside the broken record.
   */
  private resumePoint(start: number): number {
    LINE_START_AT.lastIndex = start + 1;
    for (let mark = LINE_START_AT.exec(this.text); mark; mark = LINE_START_AT.exec(this.text)) {
      const at = mark.index + mark[0].length - 1;
      if (this.startsRecord(at)) return at;
    }
    return this.text.length;
  }

  private startsRecord(at: number): boolean {
    if (at > 0 && WORD_CHAR.test(this.text[at - 1])) return false;
    return /^@\s*[A-Za-z]/.test(this.text.slice(at, at + 64));
  }

  private skipSpace(): void {
    this.match(SPACE);
  }

  private match(pattern: RegExp): string {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found) return '';
    this.pos += found[0].length;
    return found[0];
  }

  private eat(char: string): boolean {
    if (this.text[this.pos] !== char) return false;
    this.pos++;
    return true;
  }

  private endOfLine(from: number): number {
    const at = this.text.indexOf('\n', from);
    return at === -1 ? this.text.length : at;
  }
}
