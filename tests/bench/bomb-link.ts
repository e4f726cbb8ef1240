import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bombFragment } from '../transfer/bomb';
import { chromiumFlags, chromiumPath } from '../e2e/harness';
import { median, report } from './figures';

type Timing = { refused: number; reading: number };

/**
 * Runs in the measuring page: opens the link in a frame of the same origin three times, waits for the refusal on
 * screen and posts the time from opening to refusal, and the app's own reading of the link.
 */
const measuringScript = (fragment: string) => `
  const link = ${JSON.stringify(fragment)};
  const frameDocument = (frame) => { try { return frame.contentDocument; } catch { return null; } };
  (async () => {
    const timings = [];
    for (let run = 0; run < 3; run += 1) {
      const frame = Object.assign(document.createElement('iframe'), { title: 'link' });
      frame.style.cssText = 'width:1280px;height:800px';
      const opened = performance.now();
      document.body.append(frame);
      frame.src = '/' + link;
      await new Promise((shown) => {
        const look = () => (frameDocument(frame)?.querySelector('.alert-error') ? shown() : requestAnimationFrame(look));
        look();
      });
      const refused = performance.now() - opened;
      const reading = frame.contentWindow.performance.getEntriesByName('parat-share-read')[0]?.duration ?? NaN;
      timings.push({ refused, reading });
      frame.remove();
    }
    await fetch('/timings', { method: 'POST', body: JSON.stringify(timings) });
  })();`;

const bodyOf = async (request: IncomingMessage) => {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
};

/**
 * Serves the build (through `buildUrl`) and the measuring page from one origin, starts Chromium on that page with no
 * DevTools attached, and resolves with what the page posts back.
 */
async function measureWithoutDevTools(buildUrl: string, fragment: string): Promise<Timing[]> {
  const profile = mkdtempSync(join(tmpdir(), 'parat-bomb-'));
  let resolveTimings: (timings: Timing[]) => void = () => {};
  const timings = new Promise<Timing[]>((resolve) => (resolveTimings = resolve));
  const server = createServer((request, response) => {
    if (request.url === '/measure') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><body><script>${measuringScript(fragment)}</script>`);
    } else if (request.method === 'POST') {
      void bodyOf(request).then((body) => resolveTimings(JSON.parse(body) as Timing[]));
      response.end();
    } else {
      void fetch(new URL(request.url ?? '/', buildUrl)).then(async (built) =>
        response
          .writeHead(built.status, { 'content-type': built.headers.get('content-type') ?? '' })
          .end(Buffer.from(await built.arrayBuffer())),
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = spawn(
    chromiumPath,
    [...chromiumFlags, '--headless', `--user-data-dir=${profile}`, `http://127.0.0.1:${port}/measure`],
    { stdio: 'ignore', detached: true },
  );
  const limit = setTimeout(() => resolveTimings([]), 120_000);
  try {
    return await timings;
  } finally {
    clearTimeout(limit);
    const exited = new Promise((resolve) => browser.once('exit', resolve));
    // The whole process group: Chromium's helpers would otherwise go on writing to the profile being removed.
    process.kill(-browser.pid!);
    await exited;
    server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}

/**
 * The reported deflate bomb: a share link of 1.3 MB that would unfold into a gigabyte, from opening it to the refusal
 * on screen, as a user meets it. Measured with no DevTools attached: Playwright's protocol carries the 1.3 MB address
 * in several messages per navigation, which added about a second that no user pays. A short damaged link shows how
 * much of that time is the app starting at all.
 */
export async function bombLink(url: string) {
  const bomb = await measureWithoutDevTools(url, bombFragment());
  const damaged = await measureWithoutDevTools(url, '#share=AAAAAAAA');
  report('Bomb link refused on screen (median of 3)', median(bomb.map((b) => b.refused)), 'ms', 2000);
  report('  of which reading the link', median(bomb.map((b) => b.reading)), 'ms');
  report('  a short damaged link, for comparison', median(damaged.map((b) => b.refused)), 'ms');
}
