// @ts-check
/**
 * Lint rules, run by `npm run lint` (and CI). Beyond typescript-eslint's recommended set, the
 * import-x zones hold the layers of README.md's Layout: requests flow web → graphql → loaders →
 * db → Neo4j, and imports flow importers (parsers) → db/write. A file that imports against that
 * flow fails the lint.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';

/** `from` may not be imported by files under `target`. */
const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.neo4j/**', 'bench/results/**', 'neo4j-local/**', 'web/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./src/db', './src/graphql', 'the data layer does not know the GraphQL layer'),
            zone('./src/db', './src/importers', 'the data layer takes graph documents; importers hand them over, not the other way'),
            zone('./src/db', './src/web', 'the data layer does not know the web layer'),
            zone('./src/db', './src/cli', 'the data layer does not know the CLIs'),
            zone('./src/db', './src/loaders', 'loaders call the data layer, not the other way'),
            zone('./src/db', './src/startup', 'start-up code calls the data layer, not the other way'),
            zone('./src/db', './src/neo4j-local', 'the data layer talks to a Neo4j it is given; provisioning is start-up work'),
            zone('./src/importers', './src/db', 'importers are parsers: text in, a graph document out; the data layer writes it'),
            zone('./src/importers', './src/graphql', 'importers are parsers and know nothing of the API'),
            zone('./src/importers', './src/web', 'importers are parsers and know nothing of the web layer'),
            zone('./src/loaders', './src/graphql', 'loaders batch data-layer calls; they do not know the GraphQL types'),
            zone('./src/loaders', './src/web', 'loaders do not know the web layer'),
            zone('./src/graphql', './src/web', 'resolvers do not know the web layer'),
            zone('./src/graphql', './src/cli', 'resolvers do not know the CLIs'),
          ],
        },
      ],
      'no-restricted-imports': ['error', { paths: [] }],
    },
  },
  {
    files: ['src/importers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'importers are parsers: no driver, no Cypher' }] }],
    },
  },
  {
    files: ['src/graphql/**/*.ts', 'src/loaders/**/*.ts', 'src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'only src/db talks to the driver' }] }],
    },
  },
  {
    // Tests and benchmarks poke at untyped browser state and raw JSON; `any` is their honest type.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['web/**/*.{ts,tsx}', 'scripts/**/*.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' } },
  },
  prettier,
);
