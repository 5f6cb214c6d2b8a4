import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The running service and the database it reads.' })
export class SystemInfo {
  @Field({ description: 'collabgraph version.' })
  version!: string;

  @Field({ description: 'Neo4j kernel version, e.g. 5.26.30.' })
  neo4jVersion!: string;

  @Field({ description: 'Neo4j edition: community or enterprise.' })
  neo4jEdition!: string;

  @Field({ description: 'The database every query names.' })
  database!: string;
}
