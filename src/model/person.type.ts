import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

/** A researcher. Relations (papers, co-authors, hostings...) are field resolvers in PersonResolver. */
@ObjectType({ implements: Node, description: 'A researcher: author, host, speaker.' })
export class Person implements Node {
  @Field(() => ID, { description: '`orcid:<ORCID>` when known, else `person:<folded-name-slug>`.' })
  id!: string;

  @Field({ description: 'Display name, original spelling.' })
  name!: string;

  @Field(() => [String], { description: 'Other spellings met in the sources.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  orcid!: string | null;
}
