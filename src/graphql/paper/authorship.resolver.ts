import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Authorship } from '../../model/authorship.type';

/** What an authorship's sources are: read with its paper's provenance, one round trip for every paper of the request. */
@Resolver(() => Authorship)
export class AuthorshipResolver {
  @FieldResolver(() => [String], { description: 'The sources that state this authorship, in text order.' })
  async sources(@Root() authorship: Authorship, @Ctx() context: RequestContext) {
    if (!authorship.paperId) return [];
    return (await context.loaders.provenanceByPaper.load(authorship.paperId)).authorships[authorship.person.id] ?? [];
  }
}
