import type { Browser, Page } from 'playwright-core';
import { startTestServer, TestServer } from '../../support/start-test-server';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';
import { GuardedContext, guardedContext, launchChromium } from './browser';
import { seedBio } from './seed-bio';

export interface BrowserHarness {
  db: TestDatabase;
  api: TestServer;
  browser: Browser;
  guard: GuardedContext;
  page: Page;
}

/**
 * What every browser suite needs, as jest hooks: the real API over the real test Neo4j seeded
 * with the bio, and Chromium in a guarded context. After each test, no request may have left
 * 127.0.0.1 and the page may have thrown nothing. The returned object is filled in beforeAll.
 */
export function useBrowserHarness(): BrowserHarness {
  const harness = {} as BrowserHarness;
  beforeAll(async () => {
    harness.db = await connectTestDatabase();
    await seedBio(harness.db);
    harness.api = await startTestServer(harness.db.config, harness.db.executor);
    harness.browser = await launchChromium();
    harness.guard = await guardedContext(harness.browser);
    harness.page = await harness.guard.newPage();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.api?.stop();
    await harness.db?.close();
  });
  afterEach(() => {
    expect(harness.guard.offHost).toEqual([]);
    expect(harness.guard.pageErrors).toEqual([]);
  });
  return harness;
}
