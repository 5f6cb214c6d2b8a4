import type { GraphDocument, InstitutionRecord, PersonRecord, TopicRecord, VenueRecord } from '../../graph/graph-document';
import { emptyGraphDocument } from '../../graph/graph-document';
import { institutionKey, personKey, topicKey, venueKey } from '../../graph/keys';

type NamedRecord = { id: string; name: string; line?: number };

/**
 * Collects records into a GraphDocument, one node per key: the first mention (lowest line)
 * gives the node its spelling and line. Returns ids so that relations can refer to them.
 */
export class GraphDocumentBuilder {
  readonly document: GraphDocument;
  private readonly people = new Map<string, PersonRecord>();
  private readonly institutions = new Map<string, InstitutionRecord>();
  private readonly venues = new Map<string, VenueRecord>();
  private readonly topics = new Map<string, TopicRecord>();

  constructor(source: string) {
    this.document = emptyGraphDocument(source);
  }

  person(name: string, line: number): string {
    return mention(this.people, personKey(name), name, line);
  }

  institution(name: string, line: number): string {
    return mention(this.institutions, institutionKey(name), name, line);
  }

  venue(name: string, line: number): string {
    return mention(this.venues, venueKey(name), name, line);
  }

  topic(name: string, line: number): string {
    return mention(this.topics, topicKey(name), name, line);
  }

  /** The document with its nodes in source order. */
  build(): GraphDocument {
    return {
      ...this.document,
      people: inSourceOrder(this.people),
      institutions: inSourceOrder(this.institutions),
      venues: inSourceOrder(this.venues),
      topics: inSourceOrder(this.topics),
    };
  }
}

function mention<T extends NamedRecord>(records: Map<string, T>, id: string, name: string, line: number): string {
  const known = records.get(id);
  if (!known || (known.line ?? Infinity) > line) records.set(id, { id, name, line } as T);
  return id;
}

function inSourceOrder<T extends NamedRecord>(records: Map<string, T>): T[] {
  return [...records.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
