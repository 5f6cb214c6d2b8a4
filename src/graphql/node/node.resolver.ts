import { ArrayMaxSize, Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Node } from '../../model/node.interface';

/** The most ids one nodes(ids:) takes (a client refetching a page of a list). */
export const MAX_NODE_IDS = 100;

@ArgsType()
class NodesArgs {
  @Field(() => [ID], { description: `Global ids, at most ${MAX_NODE_IDS}.` })
  @ArrayMaxSize(MAX_NODE_IDS)
  @Length(1, 1100, { each: true })
  ids!: string[];
}

/**
 * Relay's global object identification: any Person, Paper, Venue, Institution or Topic by id,
 * whatever its kind, in one round trip per request (the node loader batches node and nodes).
 */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when nothing has it.' })
  node(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.loaders.node.load(id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global id, in the order asked; null at the position of an id nothing has.' })
  nodes(@Args() { ids }: NodesArgs, @Ctx() context: RequestContext) {
    return Promise.all(ids.map((id) => context.loaders.node.load(id)));
  }
}
