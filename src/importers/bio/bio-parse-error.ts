/** Thrown by parseBio when the text cannot be read as a bio at all (no subject can be found). */
export class BioParseError extends Error {
  override readonly name = 'BioParseError';

  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, BioParseError.prototype);
  }
}
