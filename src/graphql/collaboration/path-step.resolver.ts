import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { loadPapers } from '../paper/load-papers';
import { Paper } from '../paper/paper.type';
import { PathStep } from './path-step.type';

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Paper], { description: 'Papers the two share (when COAUTHOR is allowed), newest first.' })
  papers(@Root() step: PathStep, @Ctx() context: RequestContext) {
    return loadPapers(context, step.paperIds);
  }
}
