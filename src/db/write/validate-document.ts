/**
 * The validate step of every import: class-validator checks each record's fields, then
 * every reference must name a record of the document or a node already in the graph.
 * A record that fails is rejected with its reason and line; the rest go on.
 */
import { IsOptional, IsString, validateSync, ValidationError } from 'class-validator';
import { isValidOrcid } from '../../graph/keys';
import type { GraphDocument } from '../../graph/graph-document';
import type { ImportReject } from '../../graph/import-reject';
import {
  AuthorPosition,
  Degree,
  EqualContribution,
  HostingRole,
  IsDoi,
  IsPartialDate,
  NodeId,
  NodeName,
  PaperAbstract,
  PaperId,
  PaperTitle,
  PaperYear,
  PersonAliases,
  PersonAliasText,
  PersonName,
  PositionRole,
  StudyField,
  TalkTitle,
  TopicScore,
  TopicSource,
  TopicSynonyms,
} from './field-rules';

class PersonDto {
  @NodeId() id!: string;
  @PersonName() name!: string;
  @IsOptional() @PersonAliases() aliases?: string[];
  @IsOptional() @IsString() orcid?: string;
}

class NamedDto {
  @NodeId() id!: string;
  @NodeName() name!: string;
}

class TopicDto extends NamedDto {
  @IsOptional() @TopicSynonyms() synonyms?: string[];
  @IsOptional() @NodeId({ each: true }) broader?: string[];
}

class AuthorshipDto {
  @NodeId() person!: string;
  @AuthorPosition() position!: number;
  @EqualContribution() equalContribution!: boolean;
  /** As the source spelled it: any alias is a valid raw name ("S" in CoRA). */
  @PersonAliasText() rawName!: string;
}

class PaperTopicDto {
  @NodeId() topic!: string;
  @TopicScore() score!: number;
  @TopicSource() source!: string;
}

class PaperDto {
  @PaperId() id!: string;
  @PaperTitle() title!: string;
  @IsOptional() @PaperAbstract() abstract?: string;
  @IsOptional() @PaperYear() year?: number;
  @IsOptional() @IsDoi() doi?: string;
  @IsOptional() @NodeId() venue?: string;
  @IsOptional() @AuthorPosition() authorCount?: number;
  @IsOptional() @PaperId({ each: true }) cites?: string[];
}

class PositionDto {
  @NodeId() person!: string;
  @NodeId() institution!: string;
  @PositionRole() role!: string;
  @IsOptional() @IsPartialDate() start?: string;
  @IsOptional() @IsPartialDate() end?: string;
}

class HostingDto {
  @NodeId() host!: string;
  @NodeId() intern!: string;
  @IsOptional() @NodeId() institution?: string;
  @HostingRole() role!: string;
  @IsOptional() @IsPartialDate() start?: string;
  @IsOptional() @IsPartialDate() end?: string;
}

class EducationDto {
  @NodeId() person!: string;
  @NodeId() institution!: string;
  @IsOptional() @Degree() degree?: string;
  @IsOptional() @StudyField() field?: string;
}

class InterestDto {
  @NodeId() person!: string;
  @NodeId() topic!: string;
}

class TalkDto {
  @NodeId() id!: string;
  @NodeId() person!: string;
  @TalkTitle() title!: string;
  @IsPartialDate() date!: string;
  @IsOptional() @NodeId() institution?: string;
}

/** Which label each kind of reference points at; used to check references against the graph. */
export type ReferenceLabel = 'Person' | 'Paper' | 'Venue' | 'Institution' | 'Topic';

/** Answers which of `ids` exist as nodes of `label` in the graph (one query per label). */
export type ExistingIds = (label: ReferenceLabel, ids: string[]) => Promise<Set<string>>;

export interface ValidatedDocument {
  document: GraphDocument;
  rejects: ImportReject[];
}

function describeErrors(errors: ValidationError[]): string {
  return errors.flatMap((error) => Object.values(error.constraints ?? {})).join('; ');
}

function check<T extends object>(dto: new () => T, record: object): string | undefined {
  const instance = Object.assign(new dto(), record);
  const errors = validateSync(instance, { forbidUnknownValues: false });
  return errors.length ? describeErrors(errors) : undefined;
}

/**
 * Validates every record of `document`. Returns the document without the rejected
 * records (and without records that referred to them), and the rejects.
 */
export async function validateDocument(document: GraphDocument, existingIds: ExistingIds): Promise<ValidatedDocument> {
  const rejects: ImportReject[] = [];
  const reject = (record: string, reason: string, line?: number) => rejects.push({ line, record, reason });

  const keep = <R extends { line?: number }>(records: R[], dto: new () => object, label: (record: R) => string, extra?: (record: R) => string | undefined): R[] =>
    records.filter((record) => {
      const reason = check(dto, record) ?? extra?.(record);
      if (reason) reject(label(record), reason, record.line);
      return !reason;
    });

  const uniqueById = <R extends { id: string; line?: number }>(records: R[], kind: string): R[] => {
    const seen = new Map<string, R>();
    return records.filter((record) => {
      const first = seen.get(record.id);
      if (first) {
        reject(`${kind} ${record.id}`, `duplicate id ${record.id}${first.line ? ` (first at line ${first.line})` : ''}`, record.line);
        return false;
      }
      seen.set(record.id, record);
      return true;
    });
  };

  const people = uniqueById(
    keep(
      document.people,
      PersonDto,
      (p) => `person "${p.name}"`,
      (p) => (p.orcid && !isValidOrcid(p.orcid) ? `ORCID ${p.orcid} is not valid (bad format or checksum)` : undefined),
    ),
    'person',
  );
  const institutions = uniqueById(
    keep(document.institutions, NamedDto, (r) => `institution "${r.name}"`),
    'institution',
  );
  const venues = uniqueById(
    keep(document.venues, NamedDto, (r) => `venue "${r.name}"`),
    'venue',
  );
  const topics = uniqueById(
    keep(document.topics, TopicDto, (r) => `topic "${r.name}"`),
    'topic',
  );
  let papers = uniqueById(
    keep(
      document.papers,
      PaperDto,
      (r) => `paper "${r.title}"`,
      (paper) => {
        for (const author of paper.authors) {
          const reason = check(AuthorshipDto, author);
          if (reason) return `author ${author.position}: ${reason}`;
        }
        const positions = new Set(paper.authors.map((author) => author.position));
        if (positions.size !== paper.authors.length) return 'two authors share a position';
        for (const topic of paper.topics ?? []) {
          const reason = check(PaperTopicDto, topic);
          if (reason) return `topic ${topic.topic}: ${reason}`;
        }
        return undefined;
      },
    ),
    'paper',
  );
  const talks = uniqueById(
    keep(document.talks, TalkDto, (r) => `talk "${r.title}"`),
    'talk',
  );

  // References: to records of this document, or to nodes already in the graph.
  const known: Record<ReferenceLabel, Set<string>> = {
    Person: new Set(people.map((r) => r.id)),
    Paper: new Set(papers.map((r) => r.id)),
    Venue: new Set(venues.map((r) => r.id)),
    Institution: new Set(institutions.map((r) => r.id)),
    Topic: new Set(topics.map((r) => r.id)),
  };
  const wanted: Record<ReferenceLabel, Set<string>> = { Person: new Set(), Paper: new Set(), Venue: new Set(), Institution: new Set(), Topic: new Set() };
  const want = (label: ReferenceLabel, id: string | undefined) => {
    if (id && !known[label].has(id)) wanted[label].add(id);
  };
  for (const paper of papers) {
    paper.authors.forEach((author) => want('Person', author.person));
    want('Venue', paper.venue);
    paper.topics?.forEach((topic) => want('Topic', topic.topic));
    paper.cites?.forEach((cited) => want('Paper', cited));
  }
  topics.forEach((topic) => topic.broader?.forEach((id) => want('Topic', id)));
  document.positions.forEach((r) => (want('Person', r.person), want('Institution', r.institution)));
  document.hostings.forEach((r) => (want('Person', r.host), want('Person', r.intern), want('Institution', r.institution)));
  document.education.forEach((r) => (want('Person', r.person), want('Institution', r.institution)));
  document.interests.forEach((r) => (want('Person', r.person), want('Topic', r.topic)));
  talks.forEach((r) => (want('Person', r.person), want('Institution', r.institution)));
  // One lookup per label, all at once: they are independent reads.
  const labels = (Object.keys(wanted) as ReferenceLabel[]).filter((label) => wanted[label].size > 0);
  const found = await Promise.all(labels.map((label) => existingIds(label, [...wanted[label]])));
  labels.forEach((label, index) => found[index]!.forEach((id) => known[label].add(id)));
  const missing = (label: ReferenceLabel, id: string | undefined): string | undefined =>
    id !== undefined && !known[label].has(id) ? `refers to unknown ${label.toLowerCase()} ${id}` : undefined;

  papers = papers.filter((paper) => {
    const reason =
      paper.authors.map((author) => missing('Person', author.person)).find(Boolean) ??
      missing('Venue', paper.venue) ??
      paper.topics?.map((topic) => missing('Topic', topic.topic)).find(Boolean);
    if (reason) reject(`paper "${paper.title}"`, reason, paper.line);
    return !reason;
  });
  // A citation of a paper that is neither here nor in the graph is dropped from the list, not the paper.
  papers = papers.map((paper) => (paper.cites ? { ...paper, cites: paper.cites.filter((id) => known.Paper.has(id)) } : paper));
  const keptTopics = topics.map((topic) => (topic.broader ? { ...topic, broader: topic.broader.filter((id) => known.Topic.has(id)) } : topic));

  const keepLinked = <R extends { line?: number }>(records: R[], dto: new () => object, label: (r: R) => string, refs: (r: R) => Array<string | undefined>): R[] =>
    keep(records, dto, label, (record) => refs(record).find(Boolean));

  return {
    rejects,
    document: {
      ...document,
      people,
      institutions,
      venues,
      topics: keptTopics,
      papers,
      talks: talks.filter((talk) => {
        const reason = missing('Person', talk.person) ?? missing('Institution', talk.institution);
        if (reason) reject(`talk "${talk.title}"`, reason, talk.line);
        return !reason;
      }),
      positions: keepLinked(
        document.positions,
        PositionDto,
        (r) => `position "${r.role}" of ${r.person}`,
        (r) => [missing('Person', r.person), missing('Institution', r.institution)],
      ),
      hostings: keepLinked(
        document.hostings,
        HostingDto,
        (r) => `hosting ${r.host} → ${r.intern}`,
        (r) => [r.host === r.intern ? 'a person cannot host themselves' : undefined, missing('Person', r.host), missing('Person', r.intern), missing('Institution', r.institution)],
      ),
      education: keepLinked(
        document.education,
        EducationDto,
        (r) => `education of ${r.person}`,
        (r) => [missing('Person', r.person), missing('Institution', r.institution)],
      ),
      interests: keepLinked(
        document.interests,
        InterestDto,
        (r) => `interest of ${r.person}`,
        (r) => [missing('Person', r.person), missing('Topic', r.topic)],
      ),
    },
  };
}
