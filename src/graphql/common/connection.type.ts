import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/**
 * The Relay connection shape for an edge class: `edges`, `pageInfo` and `totalCount`.
 * `totalCount` is a resolver over `countTotal`, so the count query runs only when a
 * client selects the field.
 */
export function ConnectionType<TEdge extends object>(EdgeClass: ClassType<TEdge>) {
  @ObjectType()
  abstract class Connection {
    @Field(() => [EdgeClass])
    edges!: TEdge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    /** Runs the count query; set by buildConnection. */
    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'Size of the whole list (a separate count, run only when selected).' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return Connection;
}
