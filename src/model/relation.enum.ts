import { registerEnumType } from 'type-graphql';

/** How two people are linked. Values equal the repository's RelationKind strings. */
export enum Relation {
  COAUTHOR = 'COAUTHOR',
  HOSTED = 'HOSTED',
}

/** The enum's values as strings: what the data layer and the exports use. */
export type RelationKind = `${Relation}`;

registerEnumType(Relation, {
  name: 'Relation',
  description: 'How two people are linked.',
  valuesConfig: {
    COAUTHOR: { description: 'They share a paper.' },
    HOSTED: { description: 'One hosted the other (visit, internship, collaboration stay).' },
  },
});
