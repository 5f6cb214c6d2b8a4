import { institutionKey, paperKey, personKey, venueKey } from '../../graph/keys';
import { emptyGraphDocument, type GraphDocument } from '../../graph/graph-document';
import { badInput, conflict, notFound } from '../../errors';
import * as cypher from './curation.cypher';
import type { Executor } from '../executor';
import { toPlain } from '../to-plain';
import { AUTHORED_SHAPE, personWriteRow } from './plan-writes';
import { upsertPeople, upsertRelationships } from './write.cypher';
import { authorsOfPapers, topicsOfPapers } from './projections.cypher';
import { refreshPeople, refreshTopics } from './refresh-projections';
import { DocumentWriteRefused, ImportReport, writeDocumentAtomically, writeGraphDocument, WriteOptions } from './write-graph-document';
import type { Paper } from '../../model/paper.type';
import type { Person } from '../../model/person.type';

/** Provenance stamped on what the API writes. */
const API_SOURCE = 'api';

export interface MergeResult {
  person: Person;
  mergedId: string;
  aliasesAdded: string[];
  moved: Array<{ type: string; count: number }>;
}

/**
 * Every write of the graph: imports hand it documents, the mutations call its methods, and
 * all go through one validate → plan → upsert path (write-graph-document.ts) with one statement
 * per shape. Each mutation is one write transaction: it applies whole or not at all. Inputs
 * arrive validated by the same field rules the imports use (field-rules.ts); this checks what
 * only the graph knows (existence, duplicates).
 */
export class GraphWriter {
  constructor(private readonly executor: Executor) {}

  /** An import: validated, planned and written in batches (see writeGraphDocument). */
  importDocument(document: GraphDocument, options?: WriteOptions): Promise<ImportReport> {
    return writeGraphDocument(this.executor, document, options);
  }

  async createPerson(input: { name: string; aliases?: string[]; orcid?: string }): Promise<Person> {
    const id = personKey(input.name, input.orcid);
    const document = { ...apiDocument(), people: [{ id, name: input.name, aliases: input.aliases, orcid: input.orcid }] };
    return this.atomically('createPerson', document, { Person: 'create' }, `a person with id ${id} already exists`, async (run) => {
      const [row] = await run<{ person: Person }>(cypher.readPerson({ id }));
      return row.person;
    });
  }

  async updatePerson(input: { id: string; name?: string; addAliases?: string[]; orcid?: string }): Promise<Person> {
    const addAliases = input.addAliases ?? [];
    const row = personWriteRow({ id: input.id, name: input.name ?? '', aliases: addAliases, orcid: input.orcid }, input.name !== undefined);
    const person = await this.executor.writeTransaction('updatePerson', async (run) => {
      await run(upsertPeople([row], API_SOURCE, 'update'));
      const [read] = await run<{ person: Person }>(cypher.readPerson({ id: input.id }));
      return read?.person;
    });
    if (!person) throw notFound(`no person with id ${input.id}`, { argument: 'input.id' });
    return toPlain(person);
  }

  /** Moves every relationship of `mergeId` to `keepId`, keeps its names as aliases, deletes it. */
  async mergePeople(keepId: string, mergeId: string): Promise<MergeResult> {
    if (keepId === mergeId) throw badInput('cannot merge a person with themselves', { argument: 'mergeId' });
    const people = await this.people([keepId, mergeId], (id) => (id === keepId ? 'keepId' : 'mergeId'));
    const kept = people.get(keepId)!;
    const merged = people.get(mergeId)!;
    if (kept.orcid && merged.orcid && kept.orcid !== merged.orcid)
      throw conflict(`${keepId} and ${mergeId} have different ORCID iDs (${kept.orcid}, ${merged.orcid}): they are two people`);
    const known = new Set([kept.name, ...kept.aliases]);
    const aliasesAdded = [...new Set([merged.name, ...merged.aliases])].filter((name) => !known.has(name));
    const statements = [
      ...cypher.PERSON_RELATIONSHIPS.map((shape) => cypher.moveRelationships(shape, { keepId, mergeId })),
      upsertPeople([personWriteRow({ id: keepId, name: kept.name, aliases: aliasesAdded })], API_SOURCE, 'update'),
      cypher.absorbPerson({ keepId, mergeId, source: API_SOURCE }),
    ];
    // The merged person's projections go with it (DETACH DELETE); the kept one's are recomputed over both authorships.
    const results = await this.executor.writeTransaction('mergePeople', async (run) => {
      const rows = [];
      for (const statement of statements) rows.push(await run(statement));
      await refreshPeople(run, [keepId]);
      return rows;
    });
    const moved = new Map<string, number>();
    cypher.PERSON_RELATIONSHIPS.forEach((shape, index) => {
      moved.set(shape.type, (moved.get(shape.type) ?? 0) + Number(results[index][0]?.count ?? 0));
    });
    const absorbed = toPlain<{ person: Person }>(results[results.length - 1][0]);
    return { person: absorbed.person, mergedId: mergeId, aliasesAdded, moved: [...moved].map(([type, count]) => ({ type, count })) };
  }

  /**
   * Moves the authorships of `paperIds` from `personId` to a new person (named `name`, else the
   * same name), for a person who turned out to be two. Returns both; the new one records where
   * it came from. NOT_FOUND for an unknown person, BAD_USER_INPUT for a paper they did not write.
   */
  async splitPerson(input: { personId: string; paperIds: string[]; name?: string }): Promise<{ person: Person; newPerson: Person; moved: number }> {
    const [original] = (await this.people([input.personId], () => 'personId')).values();
    const paperIds = [...new Set(input.paperIds)];
    const name = input.name ?? original.name;
    return this.executor.writeTransaction('splitPerson', async (run) => {
      const authored = new Set((await run<{ id: string }>(cypher.authoredPapers({ personId: input.personId, papers: paperIds }))).map((row) => row.id));
      const foreign = paperIds.find((id) => !authored.has(id));
      if (foreign) throw badInput(`${input.personId} is not an author of ${foreign}`, { argument: 'paperIds' });
      const base = personKey(name);
      let id = base;
      for (let suffix = 2; (await run(cypher.readPerson({ id }))).length > 0; suffix += 1) id = `${base}-${suffix}`;
      await run(
        upsertPeople([personWriteRow({ id, name }, false, [`${API_SOURCE}: splitPerson moved ${paperIds.length} authorship(s) from ${input.personId}`])], API_SOURCE, 'create'),
      );
      const [{ count }] = await run<{ count: unknown }>(cypher.moveAuthorships({ fromId: input.personId, toId: id, papers: paperIds, source: API_SOURCE }));
      await run(cypher.recordSplit({ id: input.personId, line: `${API_SOURCE}: splitPerson moved ${paperIds.length} authorship(s) to ${id}` }));
      await refreshPeople(run, [input.personId, id]);
      const [person] = await run<{ person: Person }>(cypher.readPerson({ id: input.personId }));
      const [newPerson] = await run<{ person: Person }>(cypher.readPerson({ id }));
      return toPlain({ person: person.person, newPerson: newPerson.person, moved: Number(count) });
    });
  }

  async createPaper(input: {
    title: string;
    abstract?: string;
    year?: number;
    doi?: string;
    venue?: string;
    authors: Array<{ personId: string; equalContribution: boolean }>;
  }): Promise<Paper> {
    const ids = input.authors.map((author) => author.personId);
    if (new Set(ids).size !== ids.length) throw badInput('a person appears twice in the author list (nobody is their own co-author)', { argument: 'authors' });
    const people = await this.people(ids, (id) => `input.authors.${ids.indexOf(id)}.personId`);
    const id = paperKey(input.title, input.doi);
    const venue = input.venue ? { id: venueKey(input.venue), name: input.venue } : undefined;
    const document: GraphDocument = {
      ...apiDocument(),
      venues: venue ? [venue] : [],
      papers: [
        {
          id,
          title: input.title,
          abstract: input.abstract,
          year: input.year,
          doi: input.doi,
          venue: venue?.id,
          authors: input.authors.map((author, index) => ({
            person: author.personId,
            position: index + 1,
            equalContribution: author.equalContribution,
            rawName: people.get(author.personId)!.name,
          })),
        },
      ],
    };
    const modes = { Paper: 'create', AUTHORED: 'create', PUBLISHED_IN: 'create' } as const;
    return this.atomically('createPaper', document, modes, `a paper with id ${id} already exists`, async (run) => {
      const [row] = await run<{ paper: Paper }>(cypher.readPaper({ id }));
      return row.paper;
    });
  }

  async addAuthorship(input: { paperId: string; personId: string; position?: number; equalContribution: boolean }): Promise<Paper> {
    const paper = await this.executor.writeTransaction('addAuthorship', async (run) => {
      const [person] = await run<{ name: string }>(cypher.peopleExist({ ids: [input.personId] }));
      const [free] = await run<{ next: unknown }>(cypher.nextAuthorPosition({ paperId: input.paperId }));
      if (!person || !free) return undefined;
      const props = { position: input.position ?? Number(free.next), equalContribution: input.equalContribution, rawName: person.name };
      await run(upsertRelationships(AUTHORED_SHAPE, [{ from: input.personId, to: input.paperId, props }], API_SOURCE, 'keep'));
      await refreshPeople(run, [input.personId]);
      const [row] = await run<{ paper: Paper }>(cypher.readPaper({ id: input.paperId }));
      return row.paper;
    });
    if (!paper) throw notFound(`no paper ${input.paperId} or no person ${input.personId}`, { argument: 'input' });
    return toPlain(paper);
  }

  async addHosting(input: { hostId: string; internId: string; institution?: string; role: string; start?: string; end?: string }) {
    if (input.hostId === input.internId) throw badInput('a person cannot host themselves', { argument: 'internId' });
    const institution = input.institution ? { id: institutionKey(input.institution), name: input.institution } : null;
    const document: GraphDocument = {
      ...apiDocument(),
      institutions: institution ? [institution] : [],
      hostings: [{ host: input.hostId, intern: input.internId, institution: institution?.id, role: input.role, start: input.start, end: input.end }],
    };
    const ends = await this.atomically('addHosting', document, { HOSTED: 'upsert' }, '', async (run) => {
      const [host] = await run<{ person: Person }>(cypher.readPerson({ id: input.hostId }));
      const [intern] = await run<{ person: Person }>(cypher.readPerson({ id: input.internId }));
      return { host: host.person, intern: intern.person };
    }).catch((error: unknown) => {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND')
        throw notFound(`no person ${input.hostId} or no person ${input.internId}`, { argument: 'input' });
      throw error;
    });
    return { ...ends, institution, role: input.role, start: input.start ?? null, end: input.end ?? null };
  }

  async deletePaper(id: string): Promise<{ id: string; relationshipsRemoved: number }> {
    // Its authors' and its topics' projections lose the paper in the same transaction.
    const rows = await this.executor.writeTransaction('deletePaper', async (run) => {
      const authors = await run<{ id: string }>(authorsOfPapers([id]));
      const topics = await run<{ id: string }>(topicsOfPapers([id]));
      const deleted = await run<{ relationships: unknown }>(cypher.deletePaper({ id }));
      await refreshPeople(
        run,
        authors.map((row) => row.id),
      );
      await refreshTopics(
        run,
        topics.map((row) => row.id),
      );
      return deleted;
    });
    if (rows.length === 0) throw notFound(`no paper with id ${id}`, { argument: 'id' });
    return { id, relationshipsRemoved: Number(rows[0].relationships) };
  }

  /**
   * Writes `document` in one transaction with the given modes and returns what `readBack` read in
   * it; maps refusals to the API's errors (CONFLICT with `conflictMessage`, NOT_FOUND, BAD_USER_INPUT).
   */
  private async atomically<T>(
    name: string,
    document: GraphDocument,
    modes: Parameters<typeof writeDocumentAtomically>[3]['modes'],
    conflictMessage: string,
    readBack: (run: Parameters<NonNullable<Parameters<typeof writeDocumentAtomically>[3]['then']>>[0]) => Promise<T>,
  ): Promise<T> {
    try {
      return toPlain<T>(await writeDocumentAtomically(this.executor, name, document, { modes, then: readBack }));
    } catch (error) {
      if (error instanceof DocumentWriteRefused) {
        if (error.reason === 'exists') throw conflict(conflictMessage);
        if (error.reason === 'unknown-reference') throw notFound(error.message, { argument: 'input' });
        throw badInput(error.message, { argument: 'input' });
      }
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') throw conflict(conflictMessage);
      throw error;
    }
  }

  /** The named people, or NOT_FOUND naming the first missing id and (`argumentOf`) the argument that gave it. */
  private async people(ids: string[], argumentOf: (id: string) => string): Promise<Map<string, Person>> {
    const rows = toPlain<Person[]>((await this.executor.read<{ id: string }>(cypher.peopleExist({ ids }))) as unknown);
    const found = new Map(rows.map((row) => [row.id, row]));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw notFound(`no person with id ${missing}`, { argument: argumentOf(missing) });
    return found;
  }
}

/** An empty document stamped with the API as its source. */
function apiDocument(): GraphDocument {
  return emptyGraphDocument(API_SOURCE);
}
