/**
 * Thrown by the DBLP importer when the input as a whole is not DBLP XML: not XML at all, not
 * well-formed (including truncated: elements still open at the end), or a root other than
 * `<dblp>` or `<dblpperson>`. Single unreadable records are rejects, not this error.
 * The message is one line and names the position; `line` (1-based) and `column` give it to callers.
 */
export class DblpFormatError extends Error {
  override readonly name = 'DblpFormatError';

  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`not DBLP XML: ${reason} (line ${line}, column ${column})`);
  }
}
