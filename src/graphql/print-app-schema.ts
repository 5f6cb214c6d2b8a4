import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../schema';

/** The SDL of the API, sorted so that moving code around does not change the file. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
