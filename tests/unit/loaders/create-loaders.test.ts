import type { Repositories } from '../../../src/db/repositories';
import { createLoaders } from '../../../src/loaders/create-loaders';

/** Repositories that record each batch they are asked for (no database: this is about batching). */
function recordingRepositories() {
  const calls: Array<{ method: string; ids: readonly string[]; args?: unknown }> = [];
  const byIds = (method: string) => async (ids: readonly string[]) => {
    calls.push({ method, ids });
    return new Map(ids.filter((id) => !id.includes('missing')).map((id) => [id, { id, name: id }]));
  };
  const repositories = {
    people: {
      byIds: byIds('people.byIds'),
      papers: async (ids: readonly string[], page: { offset: number; limit: number }) => {
        calls.push({ method: 'people.papers', ids, args: page });
        return new Map(ids.map((id) => [id, { items: [{ id: `${id}/paper` }], hasNextPage: false }]));
      },
    },
    collaboration: {
      coauthors: async (ids: readonly string[], minShared: number, page: { offset: number; limit: number }, evidence: boolean) => {
        calls.push({ method: 'collaboration.coauthors', ids, args: { minShared, offset: page.offset, limit: page.limit, evidence } });
        return new Map(ids.filter((id) => !id.includes('missing')).map((id) => [id, { items: [], hasNextPage: false }]));
      },
    },
  } as unknown as Repositories;
  return { repositories, calls };
}

describe('createLoaders', () => {
  it('batches loads of one tick into one repository call, de-duplicated, answering in key order', async () => {
    const { repositories, calls } = recordingRepositories();
    const loaders = createLoaders(repositories);
    const people = await Promise.all(['a', 'b', 'a', 'missing'].map((id) => loaders.person.load(id)));
    expect(people).toEqual([{ id: 'a', name: 'a' }, { id: 'b', name: 'b' }, { id: 'a', name: 'a' }, null]);
    expect(calls).toEqual([{ method: 'people.byIds', ids: ['a', 'b', 'missing'] }]);
  });

  it('caches for the request: a second load of the same id costs nothing', async () => {
    const { repositories, calls } = recordingRepositories();
    const loaders = createLoaders(repositories);
    await loaders.person.load('a');
    await loaders.person.load('a');
    expect(calls).toHaveLength(1);
  });

  it('batches keys with arguments per argument set: one call per distinct page', async () => {
    const { repositories, calls } = recordingRepositories();
    const loaders = createLoaders(repositories);
    await Promise.all([
      loaders.papersByPerson.load({ id: 'a', offset: 0, limit: 5 }),
      loaders.papersByPerson.load({ id: 'b', offset: 0, limit: 5 }),
      loaders.papersByPerson.load({ id: 'c', offset: 5, limit: 5 }),
    ]);
    expect(calls).toEqual([
      { method: 'people.papers', ids: ['a', 'b'], args: { id: 'a', offset: 0, limit: 5 } },
      { method: 'people.papers', ids: ['c'], args: { id: 'c', offset: 5, limit: 5 } },
    ]);
  });

  it('answers null co-authors for a person that does not exist (the root field turns it into NOT_FOUND)', async () => {
    const { repositories, calls } = recordingRepositories();
    const loaders = createLoaders(repositories);
    const [known, missing] = await Promise.all([
      loaders.coauthorsByPerson.load({ id: 'a', minShared: 2, evidence: false, offset: 0, limit: 20 }),
      loaders.coauthorsByPerson.load({ id: 'missing', minShared: 2, evidence: false, offset: 0, limit: 20 }),
    ]);
    expect(known).toEqual({ items: [], hasNextPage: false });
    expect(missing).toBeNull();
    expect(calls).toEqual([{ method: 'collaboration.coauthors', ids: ['a', 'missing'], args: { minShared: 2, offset: 0, limit: 20, evidence: false } }]);
  });
});
