import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { buildConnection, nodeEdge } from '../common/build-connection';
import { pageRequest } from '../common/page-request';
import { selectedFields } from '../common/selection';
import { Venue } from '../../model/venue.type';
import { WeightedTopic } from '../../model/weighted-topic.type';
import { Authorship } from '../../model/authorship.type';
import { PaperConnection } from './paper-connection.type';
import { Paper } from '../../model/paper.type';
import { PapersArgs } from './papers.args';

@Resolver(() => Paper)
export class PaperResolver {
  @Query(() => Paper, { nullable: true })
  paper(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.loaders.paper.load(id);
  }

  @Query(() => PaperConnection, { description: 'Papers, filtered; ranked by relevance with a search, else newest first (then by title), papers without a year last (by id).' })
  async papers(@Args() args: PapersArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    const request = pageRequest(args.first, args.after, context.maxPageSize);
    // Authors and topics asked for on the page's papers are read with the page (one round
    // trip) and handed to the loaders, so Paper.authors / Paper.topics find them there.
    const fields = selectedFields(info, ['edges', 'node']);
    const include = { authors: fields.has('authors') || fields.has('authorCount'), topics: fields.has('topics') };
    const page = await context.loaders.papersPage(args, request, include);
    for (const item of page.items) {
      if (item.authors) context.loaders.authorshipsByPaper.prime(item.paper.id, item.authors);
      if (item.topics) context.loaders.topicsByPaper.prime(item.paper.id, item.topics);
    }
    return buildConnection({ items: page.items.map((item) => item.paper), hasNextPage: page.hasNextPage }, request, nodeEdge, () => context.loaders.papersCount(args));
  }

  @FieldResolver(() => Int, { description: 'The stated number of authors (for a truncated list), else the length of the list.' })
  async authorCount(@Root() paper: Paper, @Ctx() context: RequestContext): Promise<number> {
    return paper.authorCount ?? (await context.loaders.authorshipsByPaper.load(paper.id)).length;
  }

  @FieldResolver(() => [Authorship], { description: 'The author list in order.' })
  async authors(@Root() paper: Paper, @Ctx() context: RequestContext) {
    return (await context.loaders.authorshipsByPaper.load(paper.id)).map((authorship) => ({ ...authorship, paperId: paper.id }));
  }

  @FieldResolver(() => [String], { description: 'The sources that state this paper ("bio:bio.txt", "bibtex:refs.bib", "api"), in text order.' })
  async sources(@Root() paper: Paper, @Ctx() context: RequestContext) {
    return (await context.loaders.provenanceByPaper.load(paper.id)).sources;
  }

  @FieldResolver(() => [String], { description: 'Values two sources state differently, kept rather than overwritten (e.g. "year: 2023 (the graph) vs 2024 (bibtex:refs.bib)").' })
  async conflicts(@Root() paper: Paper, @Ctx() context: RequestContext) {
    return (await context.loaders.provenanceByPaper.load(paper.id)).conflicts;
  }

  @FieldResolver(() => [WeightedTopic], { description: 'Its topics, strongest first (weight = match score, 0-1).' })
  topics(@Root() paper: Paper, @Ctx() context: RequestContext) {
    return context.loaders.topicsByPaper.load(paper.id);
  }

  @FieldResolver(() => Venue, { nullable: true })
  venue(@Root() paper: Paper, @Ctx() context: RequestContext) {
    return context.loaders.venueByPaper.load(paper.id);
  }

  @FieldResolver(() => [Paper], { description: 'Papers it cites, newest first.' })
  cites(@Root() paper: Paper, @Ctx() context: RequestContext) {
    return context.loaders.citesByPaper.load(paper.id);
  }

  @FieldResolver(() => [Paper], { description: 'Papers citing it, newest first.' })
  citedBy(@Root() paper: Paper, @Ctx() context: RequestContext) {
    return context.loaders.citedByByPaper.load(paper.id);
  }
}
