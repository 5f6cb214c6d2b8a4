/**
 * The GraphQL IDE at GET /graphql in Debian's Chromium: bundled GraphiQL (no CDN), the saved
 * example operations, the documentation explorer and autocompletion fed by GraphiQL's own
 * introspection query (issue 14), and the notice shown when introspection is off (production).
 */
import type { Page } from 'playwright-core';
import { startTestServer, TestServer } from '../support/start-test-server';
import { TestDatabase, testConfig } from '../support/test-database';
import { GuardedContext, screenshot } from './support/browser';
import { useBrowserHarness } from './support/browser-harness';

describe('the GraphQL IDE in a real browser', () => {
  let db: TestDatabase;
  let api: TestServer;
  let guard: GuardedContext;
  let page: Page;

  const harness = useBrowserHarness();
  beforeAll(() => {
    ({ db, api, guard, page } = harness);
  });

  it('serves the IDE to browsers and keeps GET /graphql?query= and POST as the API', async () => {
    const html = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ system { version } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toMatchObject({ data: { system: { version: 'test' } } });
  });

  it('runs a saved example query', async () => {
    await page.goto(`${api.url}/graphql`);
    await page.waitForSelector('.graphiql-container');
    const tabs = page.locator('.graphiql-tab');
    await expect(tabs.count()).resolves.toBe(6);
    await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toContain('query Coauthors');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('sharedPaperCount'));
    const result = await page.locator('.result-window').innerText();
    expect(result).toContain('"totalCount"');
    expect(result).toContain('Roger Grosse');
    await screenshot(page, 'ide-coauthors');
  });

  it('shows the mutation example with its Authorization header', async () => {
    await page.locator('.graphiql-tab').nth(5).locator('button').first().click();
    await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toContain('mutation CreatePerson');
    await page.waitForFunction(() => document.querySelector('.graphiql-editor-tool')?.textContent?.includes('Bearer'));
    await screenshot(page, 'ide-mutation');
  });

  it('says how to enable introspection when it is off', async () => {
    const production = await startTestServer(testConfig({ GRAPHQL_INTROSPECTION: 'false' }), db.executor);
    try {
      const other = await guard.newPage();
      await other.goto(`${production.url}/graphql`);
      await other.waitForSelector('.ide-notice');
      expect(await other.locator('.ide-notice').innerText()).toContain('GRAPHQL_INTROSPECTION=true');
      await other.waitForSelector('.graphiql-container');
      await screenshot(other, 'ide-introspection-off');
      await other.close();
    } finally {
      await production.stop();
    }
  });

  // Last: it opens a tab, which GraphiQL keeps in this origin's localStorage.
  it("documents the schema and autocompletes (GraphiQL's own introspection query passes the limits), with no failed request and no console error", async () => {
    const fresh = await guard.newPage();
    const failed: string[] = [];
    const consoleErrors: string[] = [];
    const introspections: number[] = [];
    fresh.on('requestfailed', (request) => failed.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
    fresh.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.request().method()} ${response.url()}: ${response.status()}`);
      if (response.request().method() === 'POST' && /IntrospectionQuery/.test(response.request().postData() ?? '')) introspections.push(response.status());
    });
    fresh.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await fresh.goto(`${api.url}/graphql`);
    await fresh.waitForSelector('.graphiql-container');
    await fresh.locator('.ide-root[data-introspection="enabled"]').waitFor();

    // The documentation explorer: Query's fields, from the schema GraphiQL introspected.
    await fresh.locator('button[aria-label="Show Documentation Explorer"]').click();
    await fresh.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name', { hasText: 'Query' }).first().click();
    await fresh.waitForFunction(() => document.querySelectorAll('.graphiql-doc-explorer .graphiql-doc-explorer-field-name').length > 10);
    const fields = await fresh.locator('.graphiql-doc-explorer .graphiql-doc-explorer-field-name').allInnerTexts();
    expect(fields).toEqual(expect.arrayContaining(['person', 'people', 'papers', 'search', 'collaborationNetwork', 'coauthors']));
    await screenshot(fresh, 'ide-docs-query-fields');

    // Autocompletion: typing in a new tab offers the schema's fields.
    await fresh.locator('.graphiql-tab-add').click();
    const editor = fresh.locator('.graphiql-query-editor .CodeMirror');
    await editor.click();
    await fresh.keyboard.press('Control+A');
    await fresh.keyboard.press('Backspace');
    await fresh.keyboard.type('{ collaborationP');
    await fresh.waitForSelector('.CodeMirror-hints li');
    const hints = await fresh.locator('.CodeMirror-hints li').allInnerTexts();
    expect(hints.map((hint) => hint.trim())).toContain('collaborationPath');
    await screenshot(fresh, 'ide-autocomplete');

    expect(introspections.length).toBeGreaterThan(0);
    expect(introspections.every((status) => status === 200)).toBe(true);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await fresh.close();
  });
});
