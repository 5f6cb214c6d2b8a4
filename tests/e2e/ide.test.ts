/**
 * The GraphQL IDE at GET /graphql in Debian's Chromium: bundled GraphiQL (no CDN), the saved
 * example operations, and the notice shown when introspection is off (production).
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
});
