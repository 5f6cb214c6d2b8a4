/**
 * `npm run codegen`: regenerates web/generated/ from a running server's introspection
 * (CODEGEN_SCHEMA_URL, by default the local `npm start`). CODEGEN_OUT writes elsewhere (the drift test).
 */
import { codegenConfig } from './scripts/codegen-config';

export default codegenConfig(__dirname, process.env.CODEGEN_SCHEMA_URL ?? 'http://127.0.0.1:4000/graphql', process.env.CODEGEN_OUT || undefined);
