import { foldName, institutionKey, paperKey, personKey, venueKey } from '../graph/keys';
import { badInput, conflict, notFound } from '../errors';
import * as cypher from './cypher/curation.cypher';
import type { PaperRow, PersonRow } from './cypher/projections';
import type { Executor } from './executor';
import { toPlain } from './to-plain';
import { importBibtexText } from '../importers/import-bibtex-text';
import type { TopicVocabulary } from '../importers/topics/topic-vocabulary';

/** Provenance stamped on what the API writes. */
const API_SOURCE = 'api';

export interface MergeResult {
  person: PersonRow;
  mergedId: string;
  aliasesAdded: string[];
  moved: Array<{ type: string; count: number }>;
}

/**
 * The writes behind the mutations. Each mutation is one write transaction: it applies
 * whole or not at all. Inputs arrive validated (class-validator); this checks what only
 * the graph knows (existence, duplicates).
 */
export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  async createPerson(input: { name: string; aliases?: string[]; orcid?: string }): Promise<PersonRow> {
    const id = personKey(input.name, input.orcid);
    const aliases = [...new Set((input.aliases ?? []).filter((alias) => alias !== input.name))];
    const [row] = await this.executor
      .write<{ person: PersonRow }>(
        cypher.createPerson({ id, name: input.name, nameKey: foldName(input.name), aliases, aliasKeys: aliases.map(foldName), orcid: input.orcid ?? null, source: API_SOURCE }),
      )
      .catch((error: unknown) => {
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') throw conflict(`a person with id ${id} already exists`);
        throw error;
      });
    return toPlain(row.person);
  }

  async updatePerson(input: { id: string; name?: string; addAliases?: string[]; orcid?: string }): Promise<PersonRow> {
    const addAliases = [...new Set(input.addAliases ?? [])];
    const rows = await this.executor.write<{ person: PersonRow }>(
      cypher.updatePerson({
        id: input.id,
        name: input.name ?? null,
        nameKey: input.name ? foldName(input.name) : null,
        addAliases,
        addAliasKeys: addAliases.map(foldName),
        orcid: input.orcid ?? null,
        source: API_SOURCE,
      }),
    );
    if (rows.length === 0) throw notFound(`no person with id ${input.id}`);
    return toPlain(rows[0].person);
  }

  /** Moves every relationship of `mergeId` to `keepId`, keeps its names as aliases, deletes it. */
  async mergePeople(keepId: string, mergeId: string): Promise<MergeResult> {
    if (keepId === mergeId) throw badInput('cannot merge a person with themselves', { argument: 'mergeId' });
    const people = await this.people([keepId, mergeId]);
    const merged = people.get(mergeId)!;
    const names = [merged.name, ...merged.aliases];
    const statements = [
      ...cypher.PERSON_RELATIONSHIPS.map((shape) => cypher.moveRelationships(shape, { keepId, mergeId })),
      cypher.absorbPerson({ keepId, mergeId, names, keys: names.map(foldName), source: API_SOURCE }),
    ];
    const results = await this.executor.writeAll(statements);
    const moved = new Map<string, number>();
    cypher.PERSON_RELATIONSHIPS.forEach((shape, index) => {
      moved.set(shape.type, (moved.get(shape.type) ?? 0) + Number(results[index][0]?.count ?? 0));
    });
    const absorbed = toPlain<{ person: PersonRow; aliasesAdded: string[] }>(results[results.length - 1][0]);
    return {
      person: absorbed.person,
      mergedId: mergeId,
      aliasesAdded: absorbed.aliasesAdded,
      moved: [...moved].map(([type, count]) => ({ type, count })),
    };
  }

  async createPaper(input: {
    title: string;
    abstract?: string;
    year?: number;
    doi?: string;
    venue?: string;
    authors: Array<{ personId: string; equalContribution: boolean }>;
  }): Promise<PaperRow> {
    const ids = input.authors.map((author) => author.personId);
    if (new Set(ids).size !== ids.length) throw badInput('a person appears twice in the author list (nobody is their own co-author)', { argument: 'authors' });
    await this.people(ids);
    const id = paperKey(input.title, input.doi);
    const [row] = await this.executor
      .write<{ paper: PaperRow }>(
        cypher.createPaper({
          id,
          title: input.title,
          abstract: input.abstract ?? null,
          year: input.year ?? null,
          doi: input.doi ?? null,
          venue: input.venue ? { id: venueKey(input.venue), name: input.venue } : null,
          authors: input.authors.map((author, index) => ({ personId: author.personId, position: index + 1, equalContribution: author.equalContribution })),
          source: API_SOURCE,
        }),
      )
      .catch((error: unknown) => {
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') throw conflict(`a paper with id ${id} already exists`);
        throw error;
      });
    return toPlain(row.paper);
  }

  async addAuthorship(input: { paperId: string; personId: string; position?: number; equalContribution: boolean }): Promise<PaperRow> {
    const rows = await this.executor.write<{ paper: PaperRow }>(
      cypher.addAuthorship({ paperId: input.paperId, personId: input.personId, position: input.position ?? null, equalContribution: input.equalContribution, source: API_SOURCE }),
    );
    if (rows.length === 0) throw notFound(`no paper ${input.paperId} or no person ${input.personId}`);
    return toPlain(rows[0].paper);
  }

  async addHosting(input: { hostId: string; internId: string; institution?: string; role: string; start?: string; end?: string }) {
    if (input.hostId === input.internId) throw badInput('a person cannot host themselves', { argument: 'internId' });
    const institution = input.institution ? { id: institutionKey(input.institution), name: input.institution } : null;
    const rows = await this.executor.write<{ host: PersonRow; intern: PersonRow }>(
      cypher.addHosting({
        hostId: input.hostId,
        internId: input.internId,
        institution,
        key: `${institution?.id ?? ''}|${input.role}|${input.start ?? ''}`,
        role: input.role,
        start: input.start ?? null,
        end: input.end ?? null,
        source: API_SOURCE,
      }),
    );
    if (rows.length === 0) throw notFound(`no person ${input.hostId} or no person ${input.internId}`);
    const row = toPlain<{ host: PersonRow; intern: PersonRow }>(rows[0]);
    return { host: row.host, intern: row.intern, institution, role: input.role, start: input.start ?? null, end: input.end ?? null };
  }

  async deletePaper(id: string): Promise<{ id: string; relationshipsRemoved: number }> {
    const rows = await this.executor.write<{ relationships: unknown }>(cypher.deletePaper({ id }));
    if (rows.length === 0) throw notFound(`no paper with id ${id}`);
    return { id, relationshipsRemoved: Number(rows[0].relationships) };
  }

  /** BibTeX text through the import pipeline (validate, plan, batched upserts). */
  importBibtex(text: string, vocabulary: TopicVocabulary) {
    return importBibtexText(this.executor, text, vocabulary);
  }

  /** The named people, or NOT_FOUND naming the first missing id. */
  private async people(ids: string[]): Promise<Map<string, PersonRow>> {
    const rows = toPlain<PersonRow[]>((await this.executor.read<{ id: string }>(cypher.peopleExist({ ids }))) as unknown);
    const found = new Map(rows.map((row) => [row.id, row]));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw notFound(`no person with id ${missing}`);
    return found;
  }
}
