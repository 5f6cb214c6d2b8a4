/**
 * A very small streaming XML writer: elements, attributes and text, always well-formed.
 * Shared by the server's /export routes and the explorer's download (no DOM needed), so the
 * two produce byte-identical files for the same network.
 */

/** Characters XML 1.0 forbids anywhere (control characters other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content or a double-quoted attribute; drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return (
    value
      .replace(FORBIDDEN, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Attribute values are normalised by parsers: keep line breaks and tabs as they were.
      .replace(/\r/g, '&#13;')
      .replace(/\n/g, '&#10;')
      .replace(/\t/g, '&#9;')
  );
}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

export type XmlAttributes = Record<string, string | number | boolean | undefined>;

/** Builds an XML document by nesting: `open`/`close` pairs, `leaf` for an element with text. */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly stack: string[] = [];

  open(name: string, attributes: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}<${checkName(name)}${formatAttributes(attributes)}>\n`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (name === undefined) throw new Error('XmlWriter: close() without an open element');
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** An element with text content, or empty (`<name/>`) when text is undefined. */
  leaf(name: string, attributes: XmlAttributes = {}, text?: string): this {
    const head = `${this.indent()}<${checkName(name)}${formatAttributes(attributes)}`;
    this.parts.push(text === undefined ? `${head}/>\n` : `${head}>${escapeXml(text)}</${name}>\n`);
    return this;
  }

  /** The document; every open element must have been closed. */
  toString(): string {
    if (this.stack.length) throw new Error(`XmlWriter: <${this.stack[this.stack.length - 1]}> is not closed`);
    return this.parts.join('');
  }

  private indent(): string {
    return '  '.repeat(this.stack.length);
  }
}

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`XmlWriter: ${JSON.stringify(name)} is not an XML name`);
  return name;
}

function formatAttributes(attributes: XmlAttributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${checkName(name)}="${escapeXml(String(value))}"`)
    .join('');
}
