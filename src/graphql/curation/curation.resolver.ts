import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Arg, ArgsType, Args, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PersonName } from '../../db/write/field-rules';
import { LimitArgs } from '../common/limit.args';
import { checkFirst } from '../common/page-request';
import type { RequestContext } from '../../context';
import { badInput } from '../../errors';
import { BibtexInputError } from '../../importers/bibtex/bibtex-input-error';
import { importBibtexText } from './import-bibtex-text';
import { requireWriteKey } from '../auth';
import { Paper } from '../../model/paper.type';
import { Hosting } from '../../model/hosting.type';
import { Person } from '../../model/person.type';
import { DeletePaperPayload, ImportReportPayload, MergePeoplePayload, PossibleDuplicate, SplitPersonPayload } from './curation-payloads.type';
import { AddHostingInput } from './hosting.input';
import { AddAuthorshipInput, CreatePaperInput } from './paper.input';
import { CreatePersonInput, UpdatePersonInput } from './person.input';

@ArgsType()
class MergePeopleArgs {
  @Field(() => ID, { description: 'The person who stays.' })
  @Length(3, 300)
  keepId!: string;

  @Field(() => ID, { description: 'The person folded into keepId and deleted.' })
  @Length(3, 300)
  mergeId!: string;
}

@ArgsType()
class SplitPersonArgs {
  @Field(() => ID, { description: 'The person to split.' })
  @Length(3, 1100)
  personId!: string;

  @Field(() => [ID], { description: 'Papers whose authorship moves to the new person.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  paperIds!: string[];

  @Field(() => String, { nullable: true, description: "The new person's name; the same name when absent." })
  @IsOptional()
  @PersonName()
  name?: string | null;
}

/** 512 KiB of BibTeX per request; larger bibliographies go through `npm run import`. */
export const MAX_BIBTEX_MUTATION_LENGTH = 512 * 1024;

/** Writes. Each needs `Authorization: Bearer <key>` (API_KEYS) and runs in one transaction. */
@Resolver()
export class CurationResolver {
  @Mutation(() => Person, { description: 'Creates a person; CONFLICT when the ORCID iD (or, without one, the name) is taken.' })
  createPerson(@Arg('input') input: CreatePersonInput, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    return context.writer.createPerson(input);
  }

  @Mutation(() => Person, { description: 'Renames a person, adds aliases or sets the ORCID iD.' })
  updatePerson(@Arg('input') input: UpdatePersonInput, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    return context.writer.updatePerson(input);
  }

  @Mutation(() => MergePeoplePayload, { description: 'Folds mergeId into keepId: every relationship moves, every name becomes an alias.' })
  mergePeople(@Args() { keepId, mergeId }: MergePeopleArgs, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    return context.writer.mergePeople(keepId, mergeId);
  }

  @Mutation(() => SplitPersonPayload, {
    description: 'Moves the chosen authorships of a person to a new person (a person who turned out to be two); both record the split. Co-authors and paths follow at once.',
  })
  splitPerson(@Args() { personId, paperIds, name }: SplitPersonArgs, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    return context.writer.splitPerson({ personId, paperIds, name: name ?? undefined });
  }

  @Query(() => [PossibleDuplicate], { description: 'Pairs of people the imports did not merge automatically, most alike first, with score and evidence.' })
  possibleDuplicates(@Args() { first }: LimitArgs, @Ctx() context: RequestContext) {
    return context.loaders.possibleDuplicates(checkFirst(first, context.maxPageSize));
  }

  @Mutation(() => Paper, { description: 'Creates a paper with its authors in order.' })
  createPaper(@Arg('input') input: CreatePaperInput, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    return context.writer.createPaper(input);
  }

  @Mutation(() => Paper, { description: 'Adds an author to a paper (after the last one unless a position is given).' })
  addAuthorship(@Arg('input') input: AddAuthorshipInput, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    return context.writer.addAuthorship(input);
  }

  @Mutation(() => Hosting, { description: 'Records that hostId hosted internId.' })
  addHosting(@Arg('input') input: AddHostingInput, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    return context.writer.addHosting(input);
  }

  @Mutation(() => DeletePaperPayload, { description: 'Deletes a paper and its relationships; NOT_FOUND when it does not exist.' })
  deletePaper(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    return context.writer.deletePaper(id);
  }

  @Mutation(() => ImportReportPayload, { description: 'Imports BibTeX text (up to 512 KiB). Bad entries are rejected with line and reason; the rest is imported.' })
  async importBibtex(@Arg('text') text: string, @Ctx() context: RequestContext) {
    requireWriteKey(context);
    if (text.length > MAX_BIBTEX_MUTATION_LENGTH) throw badInput(`text is over ${MAX_BIBTEX_MUTATION_LENGTH} characters: use npm run import for large files`, { argument: 'text' });
    try {
      const report = await importBibtexText(context, text);
      context.metrics?.importRows.inc({ source: 'bibtex', outcome: 'read' }, report.papersParsed);
      context.metrics?.importRows.inc({ source: 'bibtex', outcome: 'rejected' }, report.rejected.length);
      return report;
    } catch (error) {
      if (error instanceof BibtexInputError) throw badInput(error.message, { argument: 'text' });
      throw error;
    }
  }
}
