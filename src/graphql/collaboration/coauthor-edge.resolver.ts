import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Paper } from '../paper/paper.type';
import { CoauthorEdge } from './coauthor-edge.type';

@Resolver(() => CoauthorEdge)
export class CoauthorEdgeResolver {
  @FieldResolver(() => [Paper], { description: 'The shared papers, newest first.' })
  papers(@Root() edge: CoauthorEdge) {
    // Read in the co-authors' own statement: coauthorConnection asks for them when this field is selected.
    return edge.papers ?? [];
  }
}
