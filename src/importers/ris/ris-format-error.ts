/**
 * Thrown by the RIS importer when the text as a whole is not RIS: no `TY  -` line at all, or a
 * record still open (no `ER  -`) at the end of the file. Single bad records are rejects.
 * `line` (1-based) is where the problem is: line 1, or the unfinished record's TY line.
 */
export class RisFormatError extends Error {
  override readonly name = 'RisFormatError';

  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`not RIS: ${reason} (line ${line})`);
  }
}
