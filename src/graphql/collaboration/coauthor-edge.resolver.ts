import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Paper } from '../paper/paper.type';
import { loadPapers } from '../paper/load-papers';
import { CoauthorEdge } from './coauthor-edge.type';

@Resolver(() => CoauthorEdge)
export class CoauthorEdgeResolver {
  @FieldResolver(() => [Paper], { description: 'The shared papers, newest first.' })
  papers(@Root() edge: CoauthorEdge, @Ctx() context: RequestContext) {
    return loadPapers(context, edge.paperIds);
  }
}
