/**
 * Thrown by the BibTeX importer when the input as a whole cannot be imported (as opposed
 * to single bad records, which become rejects). `code` lets callers react without parsing
 * the message.
 */
export class BibtexInputError extends Error {
  override readonly name = 'BibtexInputError';

  constructor(
    message: string,
    readonly code: 'too-large',
  ) {
    super(message);
  }
}
