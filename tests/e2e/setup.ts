import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveBuild } from './harness';

/** One static server and one Chromium for a test file, started before its tests and stopped after them. */
export function startBuildInChromium(prefix = '/') {
  const shared = {} as { server: Awaited<ReturnType<typeof serveBuild>>; browser: Browser };
  beforeAll(async () => {
    shared.server = await serveBuild(prefix);
    shared.browser = await launchBrowser();
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
