/**
 * Thrown when CSL-JSON input cannot be read at all: not JSON, truncated JSON, a shape that is
 * neither an item, a list of items nor a Crossref envelope, or a Crossref envelope of an
 * unknown message version. The message is one line naming the position; nothing is imported.
 */
export class CslFormatError extends Error {
  override readonly name = 'CslFormatError';
}
