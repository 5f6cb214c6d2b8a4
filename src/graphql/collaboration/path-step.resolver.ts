import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Paper } from '../paper/paper.type';
import { PathStep } from './path-step.type';

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Paper], { description: 'Papers the two share (when COAUTHOR is allowed), newest first.' })
  papers(@Root() step: PathStep) {
    // Read with the path itself (collaborationPath asks for them when this field is selected).
    return step.papers;
  }
}
