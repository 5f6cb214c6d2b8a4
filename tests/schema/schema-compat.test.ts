/**
 * Issue 14, item 2: graphql-inspector (@graphql-inspector/core) compares the schema the classes
 * build with schema.graphql as git history has it, so that a breaking change (a field removed,
 * an argument made required, a type changed...) fails the tests unless CHANGELOG.md declares
 * it: a line with "BREAKING" and the change's path in backticks, e.g.
 * "- BREAKING: `Person.hosts` removed; use ...".
 *
 * The baseline is schema.graphql as of the last commit that changed it: while the working copy
 * differs from that commit, that commit's file; once the change itself is committed (the copy
 * equals it), the file before that commit, so the newest change stays checked until the next.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildASTSchema, buildSchema, GraphQLSchema, parse, visit } from 'graphql';
import { findRootDir } from '../../src/config';
import { printAppSchema } from '../../src/graphql/print-app-schema';

const root = findRootDir();
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** schema.graphql at `commit`, or undefined when the file did not exist there. */
function schemaAt(commit: string): string | undefined {
  try {
    return git('show', `${commit}:schema.graphql`);
  } catch {
    return undefined;
  }
}

/** The baseline (see the header) and where it comes from. */
function baseline(current: string): { sdl: string | undefined; from: string } {
  const last = git('log', '-1', '--format=%H', '--', 'schema.graphql').trim();
  if (!last) throw new Error('git history has no commit that changed schema.graphql (a shallow clone? fetch the history)');
  const atLast = schemaAt(last);
  if (atLast !== undefined && atLast !== current) return { sdl: atLast, from: last.slice(0, 10) };
  return { sdl: schemaAt(`${last}^`), from: `${last.slice(0, 10)}^` };
}

/** The breaking changes from `before` to `after` that CHANGELOG.md does not declare. */
async function undeclaredBreaking(before: GraphQLSchema, after: GraphQLSchema, changelog: string): Promise<Change[]> {
  const declared = changelog.split('\n').filter((line) => /BREAKING/.test(line));
  const breaking = (await diff(before, after)).filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  return breaking.filter((change) => !declared.some((line) => change.path !== undefined && line.includes(`\`${change.path}\``)));
}

describe('schema compatibility (graphql-inspector)', () => {
  it('has no breaking change since the last schema.graphql of git history that CHANGELOG.md does not declare', async () => {
    const current = await printAppSchema();
    const { sdl, from } = baseline(current);
    if (sdl === undefined) return; // the first commit of schema.graphql: nothing to be compatible with
    const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    const undeclared = await undeclaredBreaking(buildSchema(sdl), buildSchema(current), changelog);
    const lines = undeclared.map((change) => `${change.path}: ${change.message}`);
    if (lines.length) throw new Error(`breaking changes against schema.graphql at ${from}, not declared in CHANGELOG.md:\n${lines.join('\n')}`);
  });

  it('catches a breaking change and accepts it once declared (the check can fail)', async () => {
    const current = await printAppSchema();
    const before = buildSchema(current);
    // The same schema without Person.hosts, removed from its syntax tree.
    const withoutHosts = buildASTSchema(
      visit(parse(current), {
        ObjectTypeDefinition: (node) => (node.name.value === 'Person' ? { ...node, fields: node.fields?.filter((field) => field.name.value !== 'hosts') } : undefined),
      }),
    );
    const found = await undeclaredBreaking(before, withoutHosts, '## Unreleased\n- `Person.hosted` changed\n');
    expect(found.map((change) => change.path)).toEqual(['Person.hosts']);
    expect(await undeclaredBreaking(before, withoutHosts, '- BREAKING: `Person.hosts` removed\n')).toEqual([]);
  });
});
