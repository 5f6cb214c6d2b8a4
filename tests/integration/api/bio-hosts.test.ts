/**
 * Issue 14, item 8: over the imported seed/bio.txt, `Person.hosts` lists the people the bio
 * names as hosts ("Hosts:") and nobody else; the people it says Paul "also worked with" at a
 * position are `alsoWorkedWith`, from both sides, and not anybody's hosts or hosted.
 */
import { readBioDocument } from '../../support/bio-document';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi(readBioDocument());
});
afterAll(async () => {
  await fx?.close();
});

const PROFILE = `query ($id: ID!) { person(id: $id) {
  hosts { role host { name } institution { name } }
  hosted { role intern { name } }
  alsoWorkedWith { person { name } institution { name } start end } } }`;

describe('hosts and the people one also worked with', () => {
  it('Paul Vicol: hosts are the "Hosts:" lines; "Also worked with:" people are alsoWorkedWith', async () => {
    const { data, errors } = await fx.query(PROFILE, { id: 'person:paul-vicol' });
    expect(errors).toBeUndefined();
    const hosts = data!.person.hosts.map((hosting: { host: { name: string } }) => hosting.host.name);
    expect([...new Set(hosts)].sort()).toEqual(['Jascha Sohl-Dickstein', 'Jeff Donahue', 'Karen Simonyan', 'Luke Metz']);
    expect(data!.person.hosts.every((hosting: { role: string }) => hosting.role === 'host')).toBe(true);
    expect(data!.person.alsoWorkedWith).toEqual([
      { person: { name: 'Evan Shelhamer' }, institution: { name: 'Google DeepMind' }, start: null, end: null },
      { person: { name: 'Sander Dieleman' }, institution: { name: 'Google DeepMind' }, start: null, end: null },
    ]);
  });

  it('from the other side: Evan Shelhamer worked with Paul and hosted nobody; Jeff Donahue hosted him', async () => {
    const evan = await fx.query(PROFILE, { id: 'person:evan-shelhamer' });
    expect(evan.data!.person).toEqual({ hosts: [], hosted: [], alsoWorkedWith: [expect.objectContaining({ person: { name: 'Paul Vicol' } })] });
    const jeff = await fx.query(PROFILE, { id: 'person:jeff-donahue' });
    expect(jeff.data!.person).toEqual({ hosts: [], hosted: [{ role: 'host', intern: { name: 'Paul Vicol' } }], alsoWorkedWith: [] });
  });
});
