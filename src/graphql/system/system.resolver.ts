import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { SystemInfo } from './system.type';

@Resolver(() => SystemInfo)
export class SystemResolver {
  @Query(() => SystemInfo, { description: 'Service and database versions, read from Neo4j.' })
  async system(@Ctx() context: RequestContext): Promise<SystemInfo> {
    const info = await context.loaders.systemInfo();
    return { version: context.serviceVersion, neo4jVersion: info.version, neo4jEdition: info.edition, database: info.database };
  }
}
