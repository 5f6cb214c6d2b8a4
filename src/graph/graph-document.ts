/**
 * The canonical collabgraph document: what every importer produces and what the
 * writer consumes. It is also the JSON / NDJSON exchange format (docs/graph-document.schema.json).
 *
 * Records refer to each other by `id` (see src/graph/keys.ts). `line` is the source line a
 * record came from, so that rejects can be reported where the user can find them.
 */

export const GRAPH_DOCUMENT_FORMAT = 'collabgraph/v1';

export interface SourceRef {
  /** 1-based line in the source file, when known. */
  line?: number;
}

/**
 * A person as one source names them. `id` is the document's own key for the person; the write
 * module's identity step maps it onto the person of the graph it denotes (or a new one), by
 * external identifier first, then by compatible name and agreeing context.
 */
export interface PersonRecord extends SourceRef {
  id: string;
  name: string;
  /** Set by the identity step: `name` should replace the display name of the person it joins (a fuller form). */
  rename?: boolean;
  aliases?: string[];
  orcid?: string;
  /** DBLP's person id ("k/DanielAKeim"), from a `pid` attribute or a person page. */
  dblpPid?: string;
  /** DBLP's name with its homonym number ("Wei Chen 0001"); set only when it carries the number. */
  dblpName?: string;
  /** OpenAlex author id, short form ("A5023888391"). */
  openalexId?: string;
  /** Set by the write module's identity step: why it joined mentions into this person. */
  evidence?: string[];
}

export interface InstitutionRecord extends SourceRef {
  id: string;
  name: string;
}

export interface VenueRecord extends SourceRef {
  id: string;
  name: string;
  /** The venue's abbreviation when the source states it ("ICLR"). */
  abbreviation?: string;
  /** Other names of the venue ("The Twelfth International Conference on Learning Representations"). */
  aliases?: string[];
}

export interface TopicRecord extends SourceRef {
  id: string;
  name: string;
  synonyms?: string[];
  /** ids of broader topics. */
  broader?: string[];
}

export interface AuthorshipRecord {
  person: string;
  /** 1-based position in the author list. */
  position: number;
  equalContribution: boolean;
  /** The name exactly as the source spelled it. */
  rawName: string;
}

export interface PaperTopicRecord {
  topic: string;
  score: number;
  /** How the link was made: 'keyword', 'vocabulary', 'classification', ... */
  source: string;
}

export interface PaperRecord extends SourceRef {
  id: string;
  title: string;
  abstract?: string;
  year?: number;
  doi?: string;
  /** arXiv identifier without version or prefix ("2309.17400"). */
  arxiv?: string;
  /** OpenAlex work id, short form ("W4385245566"). */
  openalexId?: string;
  /** DBLP record key ("conf/iclr/ClarkVSF24"). */
  dblpKey?: string;
  venue?: string;
  /** The stated number of authors when the list is truncated ("et al. (442 authors)"). */
  authorCount?: number;
  authors: AuthorshipRecord[];
  topics?: PaperTopicRecord[];
  /** ids of cited papers. */
  cites?: string[];
  /** Set by the identity step: values two sources state differently, kept visible ("year: 2023 (bio:bio.txt) vs 2024 (bibtex:refs.bib)"). */
  conflicts?: string[];
}

/** Dates are ISO strings of the precision the source gives: "2022", "2022-10" or "2022-10-03". */
export interface PositionRecord extends SourceRef {
  person: string;
  institution: string;
  role: string;
  start?: string;
  end?: string;
}

export interface HostingRecord extends SourceRef {
  host: string;
  intern: string;
  institution?: string;
  /** 'host' for named hosts, 'collaborator' for "also worked with". */
  role: string;
  start?: string;
  end?: string;
}

export interface EducationRecord extends SourceRef {
  person: string;
  institution: string;
  degree?: string;
  field?: string;
}

export interface InterestRecord extends SourceRef {
  person: string;
  topic: string;
}

export interface TalkRecord extends SourceRef {
  id: string;
  person: string;
  title: string;
  date: string;
  institution?: string;
}

export interface GraphDocument {
  format: typeof GRAPH_DOCUMENT_FORMAT;
  /** Where the records came from, e.g. "bio:seed/bio.txt"; stamped on nodes as provenance. */
  source: string;
  /** The id of the person the document is about, for a bio. */
  subject?: string;
  people: PersonRecord[];
  institutions: InstitutionRecord[];
  venues: VenueRecord[];
  topics: TopicRecord[];
  papers: PaperRecord[];
  positions: PositionRecord[];
  hostings: HostingRecord[];
  education: EducationRecord[];
  interests: InterestRecord[];
  talks: TalkRecord[];
}

/** An empty document for `source`, to be filled by an importer. */
export function emptyGraphDocument(source: string): GraphDocument {
  return {
    format: GRAPH_DOCUMENT_FORMAT,
    source,
    people: [],
    institutions: [],
    venues: [],
    topics: [],
    papers: [],
    positions: [],
    hostings: [],
    education: [],
    interests: [],
    talks: [],
  };
}
