/**
 * Batch resolution: clusters a batch of author mentions among themselves and onto existing people.
 */
import { blockingKeys } from './blocking-keys';
import type { MentionContext, PersonProfile } from './identity-types';
import { compareIds, mergePreparedSides, prepareSide, scorePrepared, type PreparedSide } from './score-prepared';
import { fullFormsOf } from './nicknames';
import { compareNames } from './compare-names';
import { looseFold } from './loose-fold';
import type { PersonName } from './parse-person-name';

/** Either a mention of the batch (its index in the input) or an existing person. */
export type IdentityRef = { mention: number } | { personId: string };

export interface MentionAssignment {
  /** Index of the mention in the input. */
  mention: number;
  /** The existing person the mention joins; absent when it starts a new person. */
  personId?: string;
  /** The new person's cluster number (0, 1, ...), shared by mentions of one new person; absent when personId is set. */
  newCluster?: number;
}

export interface IdentityMerge {
  a: IdentityRef;
  b: IdentityRef;
  score: number;
  evidence: string[];
}

export interface Resolution {
  /** One per input mention, in input order. */
  assignments: MentionAssignment[];
  /** Every automatic merge (the edges of the clusters), with its evidence. */
  merges: IdentityMerge[];
  /** Plausible pairs left apart, with score and evidence. */
  possibleDuplicates: IdentityMerge[];
}

interface Node {
  ref: IdentityRef;
  side: PreparedSide;
  /** Content key: orders nodes independently of input order. */
  key: string;
  personId?: string;
}

const sorted = (items: string[]): string[] => [...items].sort();

/** Cluster passes after the mention pass; each needs a merge of the one before, and they rarely go past two. */
const MAX_CLUSTER_PASSES = 3;

function mentionKey(m: MentionContext): string {
  const ids = Object.entries(m.ids)
    .filter(([, v]) => v)
    .sort();
  return JSON.stringify([m.name, ids, sorted(m.coauthors), sorted(m.venues), sorted(m.topics), [...m.years].sort((a, b) => a - b)]);
}

/** Merging two clusters is refused when any cross pair has conflicting identifiers or conflicting names. */
function cannotLink(a: Node, b: Node): boolean {
  if (compareIds(a.side, b.side).verdict === 'conflict') return true;
  if (compareIds(a.side, b.side).verdict === 'match') return false;
  for (const na of a.side.names) for (const nb of b.side.names) if (compareNames(na, nb).kind === 'conflict') return true;
  return false;
}

/**
 * Resolves a batch of mentions against existing people.
 *
 * Contract:
 * - candidates are the nodes (mentions and people) sharing a blocking key or an identifier value;
 *   every candidate pair (mention-mention or mention-person; never person-person) is scored by scoreCandidate's rules;
 * - 'same' pairs are merged greedily, highest score first (ties broken by content, not input order),
 *   unless the merge would put two existing people, two different identifiers of one kind, or two
 *   conflicting names ("Daniel Keim", "David Keim") in one cluster; a refused merge is reported as a possible duplicate;
 * - then clusters are compared on their members' pooled context (names, identifiers, co-authors, venues,
 *   topics, years) by the same rules, and 'same' pairs merged the same way, for up to MAX_CLUSTER_PASSES rounds;
 * - a cluster with an existing person is assigned to it; the other clusters become new people, numbered in
 *   the order of their smallest member's content;
 * - 'possible' pairs whose two sides end in different clusters are reported in possibleDuplicates;
 * - order-independent: permuting `mentions` or `people` permutes assignments and nothing else.
 */
export function resolveMentions(mentions: MentionContext[], people: PersonProfile[]): Resolution {
  const nodes: Node[] = [
    ...mentions.map((m, index) => ({ ref: { mention: index }, side: prepareSide({ ...m, names: [m.name] }), key: `m:${mentionKey(m)}` })),
    ...people.map((p) => ({ ref: { personId: p.id }, side: prepareSide(p), key: `p:${p.id}`, personId: p.id })),
  ];
  const blocks = new Map<string, number[]>();
  const block = (key: string, index: number): void => {
    const list = blocks.get(key);
    if (list) list.push(index);
    else blocks.set(key, [index]);
  };
  nodes.forEach((node, index) => {
    const keys = new Set<string>();
    for (const name of node.side.names) for (const key of blockingKeys(name)) keys.add(`n:${key}`);
    for (const [kind, value] of Object.entries(node.side.ids)) if (value) keys.add(`${kind}:${value}`);
    for (const key of keys) block(key, index);
  });

  // A name is ambiguous when its primary block holds conflicting full first names ("daniel" and "david" under
  // "keim|d") that it could both be: a middle initial rules a namesake out ("D. A. Wallach" is not "Dan S. Wallach").
  const firstNames = new Map<string, { first: string; middle: string }[]>();
  const primaryKey = (name: PersonName): string => {
    const words = looseFold(name.family).split(' ');
    return `${words[words.length - 1]}|${name.given[0]?.[0] ?? ''}`;
  };
  const middleOf = (name: PersonName): string => name.given[1]?.[0] ?? '';
  // A nickname counts as its full form, so "Jim" and "James" are one first name, not two.
  const canonicalFirst = (name: PersonName): string => {
    const first = looseFold(name.given[0]!);
    const full = fullFormsOf(first);
    return full.length === 1 ? full[0]! : first;
  };
  for (const node of nodes) {
    for (const name of node.side.names) {
      if (!name.given.length || name.initials[0]) continue;
      const key = primaryKey(name);
      const entries = firstNames.get(key) ?? [];
      const entry = { first: canonicalFirst(name), middle: middleOf(name) };
      if (!entries.some((e) => e.first === entry.first && e.middle === entry.middle)) entries.push(entry);
      firstNames.set(key, entries);
    }
  }
  const ambiguousName = (name: PersonName): boolean => {
    const middle = middleOf(name);
    const firsts = new Set((firstNames.get(primaryKey(name)) ?? []).filter((e) => !middle || !e.middle || e.middle === middle).map((e) => e.first));
    return firsts.size > 1;
  };
  // Once per node: both passes ask it of every pair a node is in. A full first name pins the person down
  // ("Deborah Wallach" cannot be Dan S. Wallach), so only a side known by initials alone can be ambiguous.
  const ambiguity = nodes.map(
    (node) => !node.side.names.some((name) => name.given.length > 0 && !name.initials[0]) && node.side.names.some((name) => name.given.length > 0 && ambiguousName(name)),
  );
  const ambiguous = (index: number): boolean => ambiguity[index]!;

  interface Edge {
    i: number;
    j: number;
    score: number;
    decision: 'same' | 'possible';
    evidence: string[];
    key: string;
  }
  const byScoreThenContent = (a: Edge, b: Edge): number => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const edges: Edge[] = [];
  const seen = new Set<number>();
  const total = nodes.length;
  for (const members of blocks.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        let i = members[x]!;
        let j = members[y]!;
        if (nodes[i]!.personId !== undefined && nodes[j]!.personId !== undefined) continue;
        if (i > j) [i, j] = [j, i];
        const pair = i * total + j;
        if (seen.has(pair)) continue;
        seen.add(pair);
        // The mention is the scored side; a person is always the candidate.
        const [m, c] = nodes[i]!.personId !== undefined ? [j, i] : [i, j];
        const result = scorePrepared(nodes[m]!.side, nodes[c]!.side, { ambiguousName: ambiguous(m) || ambiguous(c) });
        if (result.decision === 'different') continue;
        const [ka, kb] = [nodes[i]!.key, nodes[j]!.key].sort();
        edges.push({ i, j, score: result.score, decision: result.decision, evidence: result.evidence, key: `${ka}\u0000${kb}` });
      }
    }
  }
  edges.sort(byScoreThenContent);

  const parent = nodes.map((_, index) => index);
  const members = nodes.map((_, index) => [index]);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const ordered = (e: Edge): [IdentityRef, IdentityRef] => (nodes[e.i]!.key <= nodes[e.j]!.key ? [nodes[e.i]!.ref, nodes[e.j]!.ref] : [nodes[e.j]!.ref, nodes[e.i]!.ref]);
  const merges: IdentityMerge[] = [];
  const possible: IdentityMerge[] = [];
  /** Merges the clusters of each 'same' edge, best first, unless that joins two people or conflicting members. Returns the roots of the clusters that grew. */
  const mergeGreedily = (sorted: Edge[]): Set<number> => {
    const changed = new Set<number>();
    for (const edge of sorted) {
      if (edge.decision !== 'same') continue;
      const ri = find(edge.i);
      const rj = find(edge.j);
      if (ri === rj) continue;
      const left = members[ri]!;
      const right = members[rj]!;
      let refusal: string | undefined;
      if (left.some((x) => nodes[x]!.personId !== undefined) && right.some((x) => nodes[x]!.personId !== undefined)) refusal = 'not merged: would join two existing people';
      else if (left.some((x) => right.some((y) => cannotLink(nodes[x]!, nodes[y]!)))) refusal = 'not merged: conflicts with a member of the other cluster';
      const [a, b] = ordered(edge);
      if (refusal) {
        possible.push({ a, b, score: edge.score, evidence: [...edge.evidence, refusal] });
        continue;
      }
      const [root, child] = left.length >= right.length ? [ri, rj] : [rj, ri];
      parent[child] = root;
      members[root] = [...members[root]!, ...members[child]!];
      members[child] = [];
      merges.push({ a, b, score: edge.score, evidence: edge.evidence });
      changed.add(root);
    }
    return new Set([...changed].map(find));
  };
  let grown = mergeGreedily(edges);

  // Cluster passes: a cluster's members pool their context, so a mention that shares a co-author
  // with the cluster, though with none of its members alone, is scored on that evidence. Only pairs
  // where a side grew in the pass before are scored again; repeated while clusters still merge (bounded).
  const blockKeysOf = nodes.map(() => [] as string[]);
  for (const [key, list] of blocks) for (const index of list) blockKeysOf[index]!.push(key);
  for (let round = 0; round < MAX_CLUSTER_PASSES; round++) {
    if (grown.size === 0) break;
    const sideOf = new Map<number, PreparedSide>();
    const clusterSide = (root: number): PreparedSide => {
      let side = sideOf.get(root);
      if (!side) sideOf.set(root, (side = mergePreparedSides(members[root]!.map((x) => nodes[x]!.side))));
      return side;
    };
    const representative = (root: number): number => members[root]!.reduce((best, x) => (nodes[x]!.key < nodes[best]!.key ? x : best));
    // The clusters each grown cluster meets: those under one of its members' blocking keys.
    const neighbours = (root: number): Set<number> => {
      const out = new Set<number>();
      for (const x of members[root]!) for (const key of blockKeysOf[x]!) for (const other of blocks.get(key)!) out.add(find(other));
      out.delete(root);
      return out;
    };
    const hasPerson = (root: number): boolean => members[root]!.some((x) => nodes[x]!.personId !== undefined);
    const clusterEdges: Edge[] = [];
    const scored = new Set<string>();
    for (const ra of [...grown].sort((x, y) => x - y)) {
      for (const rb of neighbours(ra)) {
        if (hasPerson(ra) && hasPerson(rb)) continue;
        const pairKey = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
        if (scored.has(pairKey)) continue;
        scored.add(pairKey);
        // A cluster with a person is the candidate side, as in the mention pass.
        const [m, c] = hasPerson(ra) ? [rb, ra] : [ra, rb];
        const isAmbiguous = members[m]!.some(ambiguous) || members[c]!.some(ambiguous);
        const result = scorePrepared(clusterSide(m), clusterSide(c), { ambiguousName: isAmbiguous });
        if (result.decision !== 'same') continue;
        const [i, j] = [representative(m), representative(c)];
        const [ka, kb] = [nodes[i]!.key, nodes[j]!.key].sort();
        clusterEdges.push({ i, j, score: result.score, decision: 'same', evidence: ["by the merged clusters' pooled context", ...result.evidence], key: `${ka}\u0000${kb}` });
      }
    }
    clusterEdges.sort(byScoreThenContent);
    grown = mergeGreedily(clusterEdges);
  }
  for (const edge of edges) {
    if (edge.decision !== 'possible' || find(edge.i) === find(edge.j)) continue;
    const [a, b] = ordered(edge);
    possible.push({ a, b, score: edge.score, evidence: edge.evidence });
  }

  // Clusters without a person become new people, numbered by their smallest content key.
  const clusterOf = new Map<number, { personId?: string; minKey: string }>();
  nodes.forEach((node, index) => {
    const root = find(index);
    const entry = clusterOf.get(root) ?? { minKey: node.key };
    if (node.personId !== undefined) entry.personId = node.personId;
    if (node.key < entry.minKey) entry.minKey = node.key;
    clusterOf.set(root, entry);
  });
  const fresh = [...new Set(mentions.map((_, index) => find(index)))]
    .filter((root) => clusterOf.get(root)!.personId === undefined)
    .sort((a, b) => (clusterOf.get(a)!.minKey < clusterOf.get(b)!.minKey ? -1 : clusterOf.get(a)!.minKey > clusterOf.get(b)!.minKey ? 1 : a - b));
  const numberOf = new Map(fresh.map((root, n) => [root, n]));
  const assignments = mentions.map((_, index): MentionAssignment => {
    const root = find(index);
    const personId = clusterOf.get(root)!.personId;
    return personId !== undefined ? { mention: index, personId } : { mention: index, newCluster: numberOf.get(root)! };
  });
  return { assignments, merges, possibleDuplicates: possible };
}
