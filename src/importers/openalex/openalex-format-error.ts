/**
 * Thrown when OpenAlex input cannot be read at all: not JSON, truncated JSON, or JSON that is
 * neither a works page, a work, nor JSON Lines of works. The message is one line naming the
 * line and position; nothing of the broken input is imported. Single bad works are rejects.
 */
export class OpenAlexFormatError extends Error {
  override readonly name = 'OpenAlexFormatError';
}
