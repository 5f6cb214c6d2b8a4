import path from 'node:path';
import { parsePersonName } from '../../../src/graph/identity/parse-person-name';
import { compareNames } from '../../../src/graph/identity/compare-names';
import { blockingKeys } from '../../../src/graph/identity/blocking-keys';
import { scoreCandidate } from '../../../src/graph/identity/score-candidate';
import { resolveMentions } from '../../../src/graph/identity/resolve-mentions';
import { oneEditApart } from '../../../src/graph/identity/one-edit-apart';
import type { MentionContext, PersonProfile } from '../../../src/graph/identity/identity-types';
import { pairwise, readLabelledSet, resolveAllAtOnce, resolveSourceBySource, type LabelledMention } from '../../../bench/identity/evaluate-labelled';

describe('parsePersonName', () => {
  it.each([
    ['Daniel A. Keim', ['daniel', 'a'], [false, true], [], 'keim', undefined, 'daniel a keim'],
    ['Keim, Daniel A.', ['daniel', 'a'], [false, true], [], 'keim', undefined, 'daniel a keim'],
    ['K.-L. Ma', ['k', 'l'], [true, true], [], 'ma', undefined, 'k l ma'],
    ['Ma, Kwan-Liu', ['kwan', 'liu'], [false, false], [], 'ma', undefined, 'kwan liu ma'],
    ['Wei Chen 0001', ['wei'], [false], [], 'chen', '0001', 'wei chen 0001'],
    ['Laurens van der Maaten', ['laurens'], [false], ['van', 'der'], 'maaten', undefined, 'laurens van der maaten'],
    ['Maaten, L. van der', ['l'], [true], ['van', 'der'], 'maaten', undefined, 'l van der maaten'],
    ['García Márquez, Gabriel', ['gabriel'], [false], [], 'garcia marquez', undefined, 'gabriel garcia marquez'],
    ['Dvorak', [], [], [], 'dvorak', undefined, 'dvorak'],
    ['KEIM Daniel', ['daniel'], [false], [], 'keim', undefined, 'daniel keim'],
    ['Jörn-Henrik Jacobsen', ['jorn', 'henrik'], [false, false], [], 'jacobsen', undefined, 'jorn henrik jacobsen'],
    ['Le Song', ['le'], [false], [], 'song', undefined, 'le song'],
    ['D.A. Keim', ['d', 'a'], [true, true], [], 'keim', undefined, 'd a keim'],
  ])('%s', (raw, given, initials, particles, family, number, key) => {
    const name = parsePersonName(raw);
    expect(name).toMatchObject({ original: raw, given, initials, particles, family, key });
    expect(name.number).toBe(number);
  });

  it('reads suffixes in both comma positions and keeps hyphen groups', () => {
    expect(parsePersonName('Martin Luther King, Jr.')).toMatchObject({ family: 'king', suffix: 'jr', given: ['martin', 'luther'] });
    expect(parsePersonName('King, Jr., Martin')).toMatchObject({ family: 'king', suffix: 'jr', given: ['martin'] });
    expect(parsePersonName('Kwan-Liu Ma').groups).toEqual([0, 0]);
    expect(parsePersonName('Kwan Liu Ma').groups).toEqual([0, 1]);
  });
});

const cmp = (a: string, b: string) => compareNames(parsePersonName(a), parsePersonName(b));

describe('compareNames', () => {
  it.each([
    ['Daniel A. Keim', 'Keim, Daniel A.', 'exact'],
    ['Ma, Kwan-Liu', 'Kwan-Liu Ma', 'exact'],
    ['D. A. Keim', 'Daniel A. Keim', 'compatible'],
    ['Daniel Keim', 'Daniel A. Keim', 'compatible'],
    ['D. Keim', 'Daniel A. Keim', 'compatible'],
    ['K.-L. Ma', 'Kwan-Liu Ma', 'compatible'],
    ['Kwanliu Ma', 'Kwan-Liu Ma', 'compatible'],
    ['Joern-Henrik Jacobsen', 'Jörn-Henrik Jacobsen', 'compatible'],
    ['Gabriel García Márquez', 'García Márquez, G.', 'compatible'],
    ['Daniel Keim', 'David Keim', 'conflict'],
    ['D. A. Keim', 'D. B. Keim', 'conflict'],
    ['Wei Chen 0001', 'Wei Chen 0002', 'conflict'],
    ['Daniel Keim', 'Daniel Kein', 'different'],
    ['Jim Kurose', 'James F. Kurose', 'compatible'],
    ['Tony R. Martinez', 'Anthony Martinez', 'compatible'],
    ['Jim Kurose', 'John Kurose', 'conflict'],
    ['Jim F. Kurose', 'James G. Kurose', 'conflict'],
  ])('%s vs %s → %s', (a, b, kind) => {
    expect(cmp(a, b).kind).toBe(kind);
    expect(cmp(b, a).kind).toBe(kind);
  });

  it('flags a given/family swap and reports specificity', () => {
    expect(cmp('Chen Wei', 'Wei Chen')).toMatchObject({ kind: 'compatible', swapped: true });
    expect(cmp('Wei Chen', 'Wei Chen').swapped).toBe(false);
    expect(cmp('D. Keim', 'Daniel Keim').specificity).toEqual(['initials', 'full']);
    expect(cmp('Dvorak', 'Daniel Dvorak').specificity).toEqual(['surname', 'full']);
  });

  it('marks a nickname match as such, and only a nickname match', () => {
    expect(cmp('Jon Lorraine', 'Jonathan Lorraine')).toMatchObject({ kind: 'compatible', nickname: true });
    expect(cmp('Jonathan Lorraine', 'Jon Lorraine').notes).toContain('nickname: jonathan ~ jon');
    expect(cmp('J. Lorraine', 'Jonathan Lorraine').nickname).toBeUndefined();
  });
});

describe('blockingKeys', () => {
  const forms = [
    'Daniel A. Keim',
    'D. A. Keim',
    'Daniel Keim',
    'Keim, D.',
    'K.-L. Ma',
    'Kwan-Liu Ma',
    'Ma, Kwan-Liu',
    'Chen Wei',
    'Wei Chen',
    'Laurens van der Maaten',
    'Maaten, L. van der',
    'Gabriel García Márquez',
    'García Márquez, G.',
    'Matthias Kümmerer',
    'Kuemmerer, M.',
    'Tony Martinez',
    'Anthony R. Martinez',
    'Jim Kurose',
    'James F. Kurose',
  ];
  it('gives at most three keys, and compatible names share one', () => {
    for (const a of forms) {
      const ka = blockingKeys(parsePersonName(a));
      expect(ka.length).toBeGreaterThan(0);
      expect(ka.length).toBeLessThanOrEqual(3);
      for (const b of forms) {
        const kind = cmp(a, b).kind;
        if (kind === 'exact' || kind === 'compatible') expect(ka.some((k) => blockingKeys(parsePersonName(b)).includes(k))).toBe(true);
      }
    }
  });
  it('separates different families and initials', () => {
    expect(blockingKeys(parsePersonName('Daniel Keim'))).toContain('keim|d');
    expect(blockingKeys(parsePersonName('T. Keim'))).not.toContain('keim|d');
    expect(blockingKeys(parsePersonName('Tony Martinez'))).toEqual(expect.arrayContaining(['martinez|t', 'martinez|a']));
  });
});

const mention = (name: string, extra: Partial<MentionContext> = {}): MentionContext => ({ name, ids: {}, coauthors: [], venues: [], topics: [], years: [], ...extra });
const person = (id: string, names: string[], extra: Partial<PersonProfile> = {}): PersonProfile => ({
  id,
  names,
  ids: {},
  coauthors: [],
  venues: [],
  topics: [],
  years: [],
  ...extra,
});

describe('scoreCandidate', () => {
  const keim = person('p:keim', ['Daniel A. Keim'], { coauthors: ['Thomas Ertl', 'Hans Hagen'], venues: ['venue:tvcg'], topics: ['topic:va'], years: [2004, 2019] });
  it.each([
    ['ORCID match wins', mention('D. Keim', { ids: { orcid: '0000-0002-1825-0097' } }), person('p', ['Daniel Keim'], { ids: { orcid: '0000-0002-1825-0097' } }), 'same'],
    [
      'ORCID conflict never merges',
      mention('Daniel A. Keim', { ids: { orcid: '0000-0002-1825-0097' }, coauthors: ['Thomas Ertl'] }),
      { ...keim, ids: { orcid: '0000-0001-5109-3700' } },
      'different',
    ],
    ['DBLP numbers differ', mention('Wei Chen 0001', { coauthors: ['Hujun Bao'] }), person('p', ['Wei Chen 0002'], { coauthors: ['Hujun Bao'] }), 'different'],
    ['compatible name and shared co-authors', mention('D. A. Keim', { coauthors: ['T. Ertl', 'H. Hagen'], venues: ['venue:tvcg'] }), keim, 'same'],
    [
      'exact full name, one shared co-author (bio case)',
      mention('Paul Vicol', { coauthors: ['Roger Grosse', 'Someone Else'] }),
      person('p', ['Paul Vicol'], { coauthors: ['Roger Grosse', 'Kevin Swersky'] }),
      'same',
    ],
    ['exact full name, no context on one side', mention('Paul Vicol', { coauthors: ['Roger Grosse'] }), person('p', ['Paul Vicol']), 'possible'],
    [
      'same common name, disagreeing context',
      mention('Wei Chen', { coauthors: ['Tie-Yan Liu'], topics: ['topic:ml'] }),
      person('p', ['Wei Chen'], { coauthors: ['Hujun Bao'], topics: ['topic:va'] }),
      'different',
    ],
    ['initials alone never merge (reported at most)', mention('D. Keim'), person('p', ['D. Keim']), 'possible'],
    ['initials of a common name alone', mention('W. Chen'), person('p', ['W. Chen']), 'different'],
    ['bare surname never merges', mention('Keim', { coauthors: ['Thomas Ertl', 'Hans Hagen'], topics: ['topic:va'], venues: ['venue:tvcg'] }), keim, 'possible'],
    ['conflicting given names', mention('David Keim', { coauthors: ['Thomas Ertl'] }), keim, 'different'],
    [
      'swap with one co-author is not enough',
      mention('Chen Wei', { coauthors: ['Tie-Yan Liu'], topics: ['topic:ml'] }),
      person('p', ['Wei Chen'], { coauthors: ['Tie-Yan Liu'], topics: ['topic:ml'] }),
      'possible',
    ],
  ])('%s', (_label, m, c, decision) => {
    const result = scoreCandidate(m, c);
    expect(result.decision).toBe(decision);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.evidence.length).toBeGreaterThan(0);
  });
  it('names the shared co-authors and identifiers in its evidence', () => {
    expect(scoreCandidate(mention('D. A. Keim', { coauthors: ['T. Ertl', 'H. Hagen'] }), keim).evidence).toContain('2 shared co-authors: H. Hagen, T. Ertl');
    expect(scoreCandidate(mention('X Y', { ids: { dblpPid: 'k/DanielAKeim' } }), person('p', ['Daniel A. Keim'], { ids: { dblpPid: 'k/DanielAKeim' } })).evidence[0]).toBe(
      'DBLP pid k/DanielAKeim matches',
    );
  });
});

/** A seeded Fisher-Yates shuffle (mulberry32). */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('resolveMentions', () => {
  const batch: MentionContext[] = [
    mention('Daniel A. Keim', { coauthors: ['Thomas Ertl', 'Mike Sips'], topics: ['topic:va'] }),
    mention('D. A. Keim', { coauthors: ['T. Ertl'], topics: ['topic:va'] }),
    mention('Keim, Daniel', { coauthors: ['Sips, Mike'], topics: ['topic:va'] }),
    mention('David Keim', { coauthors: ['Laura Hoffmann'], topics: ['topic:chemistry'] }),
    mention('Wei Chen', { coauthors: ['Hujun Bao', 'Xiaoru Yuan'], topics: ['topic:va'] }),
    mention('Wei Chen', { coauthors: ['Tie-Yan Liu', 'Tao Qin'], topics: ['topic:ml'] }),
    mention('Chen, Wei', { coauthors: ['Bao, Hujun'], topics: ['topic:va'] }),
    mention('Wei Chen', { coauthors: ['Hujun Bao'], topics: ['topic:va'], ids: { orcid: '0000-0002-1825-0097' } }),
    mention('Wei Chen', { coauthors: ['Hujun Bao'], topics: ['topic:va'], ids: { orcid: '0000-0001-5109-3700' } }),
    mention('Keim'),
    mention('D. Keim'),
  ];
  const people = [person('p:ertl', ['Thomas Ertl'], { coauthors: ['Daniel A. Keim'] }), person('p:keim', ['Daniel A. Keim'], { coauthors: ['Mike Sips'], topics: ['topic:va'] })];
  const groups = (mentions: MentionContext[], existing: PersonProfile[]) => {
    const result = resolveMentions(mentions, existing);
    const byCluster = new Map<string, string[]>();
    result.assignments.forEach((a) => {
      const id = a.personId ?? `new:${a.newCluster}`;
      byCluster.set(id, [...(byCluster.get(id) ?? []), JSON.stringify(mentions[a.mention])]);
    });
    return {
      result,
      partition: [...byCluster.values()].map((g) => g.sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
      byMention: new Map(result.assignments.map((a) => [JSON.stringify(mentions[a.mention]), a.personId ?? `new:${a.newCluster}`])),
    };
  };

  it('joins compatible forms to the existing person and keeps homonyms, conflicts and weak names apart', () => {
    const { byMention } = groups(batch, people);
    const of = (i: number) => byMention.get(JSON.stringify(batch[i]))!;
    expect([of(0), of(1), of(2)]).toEqual(['p:keim', 'p:keim', 'p:keim']);
    expect(of(3)).not.toBe('p:keim');
    expect(of(4)).toBe(of(6));
    expect(of(5)).not.toBe(of(4));
    expect(of(7)).not.toBe(of(8));
    expect(of(9)).not.toBe('p:keim');
    expect(of(10)).not.toBe('p:keim');
    expect(of(9)).not.toBe(of(10));
  });

  it('reports merges with evidence and plausible pairs as possible duplicates', () => {
    const { result } = groups(batch, people);
    expect(result.merges.length).toBeGreaterThan(0);
    for (const merge of result.merges) expect(merge.evidence.length).toBeGreaterThan(0);
    expect(result.possibleDuplicates.some((p) => p.evidence.some((e) => e.includes('ORCID') || e.includes('not merged')))).toBe(true);
  });

  it('gives the same answer for any input order', () => {
    const base = groups(batch, people);
    for (const seed of [1, 2, 3, 42]) {
      const shuffled = groups(shuffle(batch, seed), shuffle(people, seed + 7));
      expect(shuffled.partition).toEqual(base.partition);
      for (const [key, id] of base.byMention) if (!id.startsWith('new:')) expect(shuffled.byMention.get(key)).toBe(id);
      expect(shuffled.result.merges.length).toBe(base.result.merges.length);
      expect(shuffled.result.possibleDuplicates.length).toBe(base.result.possibleDuplicates.length);
    }
  });
});

describe('resolveMentions beyond single pairs', () => {
  it('does not read a topic and its broader topic as disagreeing', () => {
    const candidate = person('p:singh', ['S.P. Singh'], { coauthors: ['Jordan, M. I.', 'T. Jaakkola'], topics: ['cora:AI/ML'], topicAncestors: ['cora:AI'] });
    const broader = scoreCandidate(mention('Satinder Pal Singh', { coauthors: ['Jordan, M. I.', 'Tommi Jaakkola'], topics: ['cora:AI'] }), candidate);
    expect(broader.decision).toBe('same');
    expect(broader.evidence).toContain('topic cora:AI in both (more specific on one side)');
    // Siblings under one broad topic neither agree nor disagree.
    const sibling = scoreCandidate(mention('Satinder Pal Singh', { coauthors: ['Jordan, M. I.'], topics: ['cora:AI/Agents'], topicAncestors: ['cora:AI'] }), candidate);
    expect(sibling.evidence).toContain('topics related through cora:AI');
    expect(sibling.score).toBeLessThan(broader.score);
    const unrelated = scoreCandidate(mention('Satinder Pal Singh', { coauthors: ['Jordan, M. I.'], topics: ['cora:OS'] }), candidate);
    expect(unrelated.evidence).toContain('no topic in common');
    expect(unrelated.decision).not.toBe('same');
  });

  it("joins a mention to a cluster by the cluster's pooled co-authors, though it shares too few with any one member", () => {
    const batch = [
      mention('Tony R. Martinez', { coauthors: ['Dan Ventura', 'Randy Wilson'], topics: ['t:ai'] }),
      mention('T. R. Martinez', { coauthors: ['Dan Ventura', 'George Rudolph'], topics: ['t:ai'] }),
      // One co-author with each of the two above: not enough with either alone.
      mention('Martinez, T.', { coauthors: ['Wilson, R.', 'Rudolph, G.'] }),
    ];
    expect(scoreCandidate(batch[2]!, person('x', [batch[0]!.name], batch[0]!)).decision).toBe('possible');
    expect(scoreCandidate(batch[2]!, person('x', [batch[1]!.name], batch[1]!)).decision).toBe('possible');
    const result = resolveMentions(batch, []);
    expect(new Set(result.assignments.map((a) => a.newCluster))).toEqual(new Set([0]));
    const pooled = result.merges.find((m) => m.evidence[0] === "by the merged clusters' pooled context");
    expect(pooled?.evidence).toContain('2 shared co-authors: George Rudolph, Randy Wilson');
  });

  it('lets a middle initial rule out a namesake, so a distinctive name is not made ambiguous by someone it cannot be', () => {
    const batch = [
      mention('D.A. Wallach', { coauthors: ['D.R. Engler', 'Kaashoek, M. F.'], topics: ['t:networking'] }),
      mention('Deborah A. Wallach', { coauthors: ['Dawson R. Engler', 'Kaashoek, M. F.'], topics: ['t:os'] }),
      mention('Dan S. Wallach', { coauthors: ['Ed Felten'], topics: ['t:security'] }),
    ];
    const result = resolveMentions(batch, []);
    const [a, b, c] = result.assignments.map((x) => x.newCluster);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});

describe('typos and full first names', () => {
  it.each([
    ['aren', 'arens', true],
    ['kaaskoek', 'kaashoek', true],
    ['acetta', 'accetta', true],
    ['knoblcok', 'knoblock', true],
    ['keim', 'keim', false],
    ['keim', 'kleim', true],
    ['weld', 'wells', false],
    ['ab', 'abcd', false],
  ])('oneEditApart(%s, %s) is %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
    expect(oneEditApart(b, a)).toBe(expected);
  });

  it('counts a co-author with a misspelled family name as shared, but not under a common surname', () => {
    const candidate = person('p:rashid', ['Rashid, R.'], { coauthors: ['Acetta, M.', 'Black, D.'], topics: ['t:os'] });
    const typo = scoreCandidate(mention('Rashid, R.F.', { coauthors: ['Accetta, M.J'], topics: ['t:os'] }), candidate);
    expect(typo.evidence).toContain('1 shared co-author: Accetta, M.J');
    // "Cheng" is not a misspelling of "Chen": both are common families of their own.
    const common = scoreCandidate(
      mention('Rashid, R.F.', { coauthors: ['Cheng, M.'], topics: ['t:os'] }),
      person('p:rashid', ['Rashid, R.'], { coauthors: ['Chen, M.'], topics: ['t:os'] }),
    );
    expect(common.evidence.some((line) => line.includes('shared co-author:'))).toBe(false);
    // Another initial is another person, however close the family name.
    const initial = scoreCandidate(mention('Rashid, R.F.', { coauthors: ['Accetta, J.'], topics: ['t:os'] }), candidate);
    expect(initial.evidence.some((line) => line.includes('shared co-author:'))).toBe(false);
  });

  it('does not make a full first name ambiguous through a namesake of another first name', () => {
    const batch = [
      mention('Deborah A. Wallach', { coauthors: ['Dawson R. Engler'], topics: ['t:os'] }),
      mention('Deborah Wallach', { coauthors: ['William Dally'], topics: ['t:os'] }),
      mention('Dan Wallach', { coauthors: ['Ed Felten'], topics: ['t:security'] }),
      // Initials alone stay ambiguous: "D. Wallach" could be either.
      mention('D. Wallach', { coauthors: ['Gregory Ganger'], topics: ['t:os'] }),
    ];
    const [deborahA, deborah, dan, initials] = resolveMentions(batch, []).assignments.map((x) => x.newCluster);
    expect(deborah).toBe(deborahA);
    expect(dan).not.toBe(deborah);
    expect(initials).not.toBe(deborah);
    expect(initials).not.toBe(dan);
  });
});

describe('the labelled set', () => {
  const set: LabelledMention[] = readLabelledSet(path.join(__dirname, '../../fixtures/identity/labelled-mentions.json'));
  it('has at least 300 mentions from several formats', () => {
    expect(set.length).toBeGreaterThanOrEqual(300);
    expect(new Set(set.map((m) => m.mention.source)).size).toBeGreaterThanOrEqual(6);
  });
  it.each([
    ['all at once', () => resolveAllAtOnce(set.map((m) => m.mention))],
    ['source by source', () => resolveSourceBySource(set.map((m) => m.mention))],
  ])('%s: measured precision and recall stay above their floors', (_label, run) => {
    const report = pairwise(set, run());
    expect(report.precision).toBeGreaterThanOrEqual(0.99);
    // The floor is the measured recall, rounded down; raise it when the resolver improves.
    expect(report.recall).toBeGreaterThanOrEqual(0.83);
  });
  it('is order-independent on the whole set', () => {
    const mentions = set.map((m) => m.mention);
    const base = resolveAllAtOnce(mentions);
    const order = shuffle(
      mentions.map((_, i) => i),
      7,
    );
    const shuffled = resolveAllAtOnce(order.map((i) => mentions[i]!));
    const back: string[] = new Array(mentions.length);
    order.forEach((i, k) => (back[i] = shuffled[k]!));
    expect(pairwise(set, back)).toEqual(pairwise(set, base));
  });
});
