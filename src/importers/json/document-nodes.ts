import type { GraphDocument, PersonRecord, TopicRecord, VenueRecord } from '../../graph/graph-document';
import { foldName, institutionKey, topicKey, venueKey } from '../../graph/keys';

/** What a source says about a person besides the document id and display name. */
export interface PersonFacts {
  /** Another spelling of the name seen in the source; kept as an alias when it folds differently. */
  alias?: string;
  orcid?: string;
  openalexId?: string;
}

/**
 * The people, venues, institutions and topics of one document, each listed once by id:
 * the first mention gives a node its name and line; later mentions only add what it lacked
 * (aliases, an abbreviation, broader topics). Shared by the JSON importers.
 */
export class DocumentNodes {
  private readonly people = new Map<string, PersonRecord>();
  private readonly venues = new Map<string, VenueRecord>();
  private readonly topics = new Map<string, TopicRecord>();
  private readonly institutions = new Set<string>();

  constructor(readonly document: GraphDocument) {}

  /** Adds (or enriches) the person `id` and returns the id. */
  person(id: string, name: string, facts: PersonFacts, line?: number): string {
    let person = this.people.get(id);
    if (!person) {
      person = { id, name, ...withLine(line) };
      if (facts.orcid) person.orcid = facts.orcid;
      if (facts.openalexId) person.openalexId = facts.openalexId;
      this.people.set(id, person);
      this.document.people.push(person);
    }
    for (const alias of [name, facts.alias]) {
      if (!alias || foldName(alias) === foldName(person.name) || person.aliases?.some((known) => foldName(known) === foldName(alias))) continue;
      (person.aliases ??= []).push(alias);
    }
    return id;
  }

  /** Adds the venue named `name` (keyed by venueKey) and returns its id. */
  venue(name: string, abbreviation: string | undefined, line?: number): string {
    const id = venueKey(name);
    let venue = this.venues.get(id);
    if (!venue) {
      venue = { id, name, ...withLine(line) };
      this.venues.set(id, venue);
      this.document.venues.push(venue);
    }
    if (abbreviation && !venue.abbreviation && foldName(abbreviation) !== foldName(name)) venue.abbreviation = abbreviation;
    return id;
  }

  /** Adds the topic named `name` (keyed by topicKey), with `broader` topic ids, and returns its id. */
  topic(name: string, broader: string | undefined, line?: number): string {
    const id = topicKey(name);
    let topic = this.topics.get(id);
    if (!topic) {
      topic = { id, name, ...withLine(line) };
      this.topics.set(id, topic);
      this.document.topics.push(topic);
    }
    if (broader && broader !== id && !topic.broader?.includes(broader)) (topic.broader ??= []).push(broader);
    return id;
  }

  /** Adds the institution named `name` (keyed by institutionKey) and returns its id. */
  institution(name: string, line?: number): string {
    const id = institutionKey(name);
    if (!this.institutions.has(id)) {
      this.institutions.add(id);
      this.document.institutions.push({ id, name, ...withLine(line) });
    }
    return id;
  }
}

function withLine(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}
