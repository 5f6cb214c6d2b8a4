/**
 * Batch resolution: clusters a batch of author mentions among themselves and onto existing people.
 */
import { blockingKeys } from './blocking-keys';
import type { MentionContext, PersonProfile } from './identity-types';
import { compareIds, prepareSide, scorePrepared, type PreparedSide } from './score-prepared';
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

  // A name is ambiguous when its primary block holds conflicting full first names ("daniel" and "david" under "keim|d").
  const firstNames = new Map<string, Set<string>>();
  const primaryKey = (name: PersonName): string => {
    const words = looseFold(name.family).split(' ');
    return `${words[words.length - 1]}|${name.given[0]?.[0] ?? ''}`;
  };
  for (const node of nodes) {
    for (const name of node.side.names) {
      if (!name.given.length || name.initials[0]) continue;
      const key = primaryKey(name);
      const set = firstNames.get(key) ?? new Set<string>();
      set.add(looseFold(name.given[0]!));
      firstNames.set(key, set);
    }
  }
  const ambiguous = (node: Node): boolean => node.side.names.some((name) => (firstNames.get(primaryKey(name))?.size ?? 0) > 1);

  interface Edge {
    i: number;
    j: number;
    score: number;
    decision: 'same' | 'possible';
    evidence: string[];
    key: string;
  }
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
        const result = scorePrepared(nodes[m]!.side, nodes[c]!.side, { ambiguousName: ambiguous(nodes[m]!) || ambiguous(nodes[c]!) });
        if (result.decision === 'different') continue;
        const [ka, kb] = [nodes[i]!.key, nodes[j]!.key].sort();
        edges.push({ i, j, score: result.score, decision: result.decision, evidence: result.evidence, key: `${ka}\u0000${kb}` });
      }
    }
  }
  edges.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const parent = nodes.map((_, index) => index);
  const members = nodes.map((_, index) => [index]);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const ordered = (e: Edge): [IdentityRef, IdentityRef] => (nodes[e.i]!.key <= nodes[e.j]!.key ? [nodes[e.i]!.ref, nodes[e.j]!.ref] : [nodes[e.j]!.ref, nodes[e.i]!.ref]);
  const merges: IdentityMerge[] = [];
  const possible: IdentityMerge[] = [];
  for (const edge of edges) {
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
