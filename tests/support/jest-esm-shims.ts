/**
 * @retorquere/bibtex-parser's CommonJS build (the one Jest loads; Node itself loads the ES
 * build) needs two stand-ins under Jest: tiny-merge-patch is ES-only, and esbuild's interop
 * wraps the prepositions table in a `default`. Same output as the ES build (checked in
 * tests/unit/bibtex). Loaded for every test file by jest.config.js.
 */
jest.mock(
  'tiny-merge-patch',
  () => {
    const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
    const apply = (origin: unknown, patch: unknown): unknown => {
      if (!isObject(patch)) return patch;
      const result: Record<string, unknown> = isObject(origin) ? { ...origin } : {};
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) delete result[key];
        else result[key] = apply(result[key], value);
      }
      return result;
    };
    return { apply, default: apply };
  },
  { virtual: true },
);
jest.mock(
  '../../node_modules/@retorquere/bibtex-parser/dist/cjs/prepositions.js',
  () => jest.requireActual('../../node_modules/@retorquere/bibtex-parser/dist/cjs/prepositions.js').default,
);
