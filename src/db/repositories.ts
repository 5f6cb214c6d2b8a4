import { GraphWriter } from './write/graph-writer';
import { CollaborationRepository } from './collaboration.repository';
import { Executor } from './executor';
import { InstitutionRepository } from './institution.repository';
import { NodeRepository } from './node.repository';
import { PaperRepository } from './paper.repository';
import { PersonRepository } from './person.repository';
import { SearchRepository } from './search.repository';
import { SystemRepository } from './system.repository';
import { TopicRepository } from './topic.repository';
import { VenueRepository } from './venue.repository';

/** Every repository, bound to one executor (one set per request, so its queries are counted). */
export function createRepositories(executor: Executor) {
  return {
    writer: new GraphWriter(executor),
    system: new SystemRepository(executor),
    people: new PersonRepository(executor),
    papers: new PaperRepository(executor),
    topics: new TopicRepository(executor),
    venues: new VenueRepository(executor),
    institutions: new InstitutionRepository(executor),
    nodes: new NodeRepository(executor),
    search: new SearchRepository(executor),
    collaboration: new CollaborationRepository(executor),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
