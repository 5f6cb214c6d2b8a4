import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { badInput, notFound } from '../../errors';
import { buildConnection, nodeEdge } from '../common/build-connection';
import { LimitArgs } from '../common/limit.args';
import { PageArgs } from '../common/page.args';
import { checkFirst, pageRequest } from '../common/page-request';
import { Network } from '../../model/network.type';
import { PaperConnection } from '../paper/paper-connection.type';
import { Person } from '../../model/person.type';
import { TopicArgs } from './topic.args';
import { TopicConnection } from './topic-connection.type';
import { TopicNetworkArgs } from './topic-network.args';
import { Topic } from '../../model/topic.type';
import { TopicsArgs } from './topics.args';
import { WeightedTopic } from '../../model/weighted-topic.type';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'A topic by id, or by name or synonym (case-insensitive).' })
  topic(@Args() { id, name }: TopicArgs, @Ctx() context: RequestContext) {
    if (id) return context.loaders.topic.load(id);
    if (name) return context.loaders.topicByName(name);
    throw badInput('topic needs an id or a name', { argument: 'id' });
  }

  @Query(() => TopicConnection, { description: 'Topics by name, or ranked by a full-text search over names and synonyms.' })
  async topics(@Args() { search, first, after }: TopicsArgs, @Ctx() context: RequestContext) {
    const request = pageRequest(first, after, context.maxPageSize);
    const page = await context.loaders.topicsPage(search, request);
    return buildConnection(page, request, nodeEdge, () => context.loaders.topicsCount(search));
  }

  @Query(() => Network, {
    description:
      "A topic's co-authorship network: the people with the most papers on it (node weight) and the co-authorships among them on such papers (edge weight). The first node is the most prolific person.",
  })
  async topicNetwork(@Args() { topicId, includeNarrower, minSharedPapers, limit }: TopicNetworkArgs, @Ctx() context: RequestContext) {
    const network = await context.loaders.topicNetwork(topicId, includeNarrower, minSharedPapers, limit);
    if (!network) throw notFound(`topicId: no topic with id "${topicId}"`, { argument: 'topicId' });
    return network;
  }

  @FieldResolver(() => [Topic], { description: 'Broader topics (parents).' })
  broader(@Root() topic: Topic, @Ctx() context: RequestContext) {
    return context.loaders.broaderByTopic.load(topic.id);
  }

  @FieldResolver(() => [Topic], { description: 'Narrower topics (children).' })
  narrower(@Root() topic: Topic, @Ctx() context: RequestContext) {
    return context.loaders.narrowerByTopic.load(topic.id);
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers on the topic, newest first.' })
  async papers(@Root() topic: Topic, @Args() { first, after }: PageArgs, @Ctx() context: RequestContext) {
    const request = pageRequest(first, after, context.maxPageSize);
    const page = await context.loaders.papersByTopic.load({ id: topic.id, ...request });
    return buildConnection(page, request, nodeEdge, () => context.loaders.paperCountByTopic.load(topic.id));
  }

  @FieldResolver(() => [Person], { description: 'People publishing on the topic, most papers on it first.' })
  people(@Root() topic: Topic, @Args() { first }: LimitArgs, @Ctx() context: RequestContext) {
    return context.loaders.peopleByTopic.load({ id: topic.id, limit: checkFirst(first, context.maxPageSize) });
  }

  @FieldResolver(() => [WeightedTopic], { description: 'Topics appearing on the same papers; weight = papers carrying both.' })
  related(@Root() topic: Topic, @Ctx() context: RequestContext, @Args() { first }: LimitArgs) {
    return context.loaders.relatedByTopic.load({ id: topic.id, limit: checkFirst(first, context.maxPageSize) });
  }
}
