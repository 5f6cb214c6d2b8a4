import * as path from 'node:path';
import type { Library, Options } from '@retorquere/bibtex-parser/dist/types/index';

/** The part of @retorquere/bibtex-parser the importer uses. */
export interface BibtexParserModule {
  parse(input: string, options?: Options): Library;
}

const PACKAGE = '@retorquere/bibtex-parser';
let loaded: BibtexParserModule | undefined;

/**
 * Loads @retorquere/bibtex-parser once, synchronously.
 *
 * Why not a plain `import`: in 9.0.x the package's CommonJS build cannot be loaded by Node
 * (dist/cjs/*.js sit in a "type": "module" package, so Node reads them as ES modules; its
 * unicode2latex dependency also requires the ESM-only tiny-merge-patch, and esbuild's
 * interop breaks `import prepositions from './prepositions.js'`). And TypeScript's "node"
 * module resolution finds no types for the bare specifier. So this loads the ES module
 * build through require(esm) (Node >= 20.19), and falls back to the CommonJS build for
 * module systems without require(esm) — Jest on Node 20, where the tests stub the two
 * broken modules (see tests/unit/bibtex/parse-bibtex.test.ts).
 *
 * Throws an Error naming both causes when neither build loads.
 */
export function loadBibtexParser(): BibtexParserModule {
  loaded ??= load();
  return loaded;
}

function load(): BibtexParserModule {
  const commonJsEntry = require.resolve(PACKAGE);
  const esmEntry = path.join(path.dirname(commonJsEntry), '..', 'esm', 'index.js');
  const failures: string[] = [];
  for (const candidate of [esmEntry, PACKAGE]) {
    try {
      // The package's ESM build is loaded by path (see above), which an import statement cannot do.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const parser = require(candidate) as Partial<BibtexParserModule>;
      if (typeof parser.parse === 'function') return parser as BibtexParserModule;
      failures.push(`${candidate}: no parse() export`);
    } catch (error) {
      failures.push(`${candidate}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  throw new Error(`cannot load ${PACKAGE}:\n  ${failures.join('\n  ')}`);
}
