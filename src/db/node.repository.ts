import { anyNodesByIds } from './cypher/node.cypher';
import type { Executor } from './executor';
import { peopleByRetiredIds } from './person.repository';
import { toPlain } from './to-plain';
import type { NodeTypename } from '../model/node.interface';

/** A node of any kind, tagged with its GraphQL type. */
export type AnyNode = { __typename: NodeTypename; id: string } & Record<string, unknown>;

/** Any node by its global id (Relay's node(id:)). */
export class NodeRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * The nodes the ids name, whatever their label, in one round trip; an id that mergePeople
   * retired answers the person it was merged into (one more round trip, only for ids not found).
   */
  async byIds(ids: readonly string[]): Promise<Map<string, AnyNode>> {
    const found = new Map<string, AnyNode>();
    for (const row of await this.executor.read<{ id: string; label: NodeTypename; node: unknown }>(anyNodesByIds(ids))) {
      // Were two kinds ever to share an id, the first label of the statement's order wins.
      if (!found.has(row.id)) found.set(row.id, { ...toPlain<Record<string, unknown>>(row.node), __typename: row.label } as AnyNode);
    }
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) {
      for (const row of await this.executor.read<{ id: string; node: unknown }>(peopleByRetiredIds(missing))) {
        found.set(row.id, { ...toPlain<Record<string, unknown>>(row.node), __typename: 'Person' } as AnyNode);
      }
    }
    return found;
  }
}
