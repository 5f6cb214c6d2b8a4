/**
 * The GraphQL IDE at GET /graphql (browsers): GraphiQL from npm, bundled by
 * scripts/build-web.mjs, talking to POST /graphql on this origin only.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './ide.css';
import { EXAMPLE_TABS } from './examples';
import { IntrospectionState, probeIntrospection } from './introspection-probe';

const ENDPOINT = `${window.location.origin}/graphql`;
const fetcher = createGraphiQLFetcher({ url: ENDPOINT });

function IntrospectionNotice() {
  return (
    <div className="ide-notice" role="status">
      <strong>Schema introspection is turned off on this server</strong> (the default in production), so the documentation explorer and autocompletion are unavailable; queries
      still run. To enable it, start the API with <code>GRAPHQL_INTROSPECTION=true</code>.
    </div>
  );
}

function Ide() {
  const [introspection, setIntrospection] = useState<IntrospectionState | 'probing'>('probing');
  useEffect(() => {
    void probeIntrospection(ENDPOINT).then(setIntrospection);
  }, []);
  if (introspection === 'probing') return <p className="ide-loading">Loading the GraphQL IDE…</p>;
  const disabled = introspection === 'disabled';
  return (
    <div className="ide-root" data-introspection={introspection}>
      {disabled && <IntrospectionNotice />}
      <GraphiQL
        fetcher={fetcher}
        // null: do not send the introspection query GraphiQL would otherwise fail on.
        schema={disabled ? null : undefined}
        defaultTabs={EXAMPLE_TABS}
        // Headers shown by default: the mutation tab's Authorization header is visible at once.
        defaultEditorToolsVisibility="headers"
        isHeadersEditorEnabled
        shouldPersistHeaders={false}
      />
    </div>
  );
}

createRoot(document.getElementById('ide')!).render(
  <StrictMode>
    <Ide />
  </StrictMode>,
);
