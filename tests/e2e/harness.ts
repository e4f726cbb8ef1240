import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readPdf } from '../report/read-pdf';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the production build in dist/ (built by `npm run test:e2e`) as a plain static file server would, on a
 * free loopback port, under `prefix` (such as /parat/) to show the build works from any sub-path.
 */
export async function serveBuild(
  prefix = '/',
  options: { hostLike?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void>; serveFrom: (directory: string) => void }> {
  let root = dist;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
    const file = join(root, relative === '' || relative === '.' ? 'index.html' : relative);
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
        // hostLike: compression and long caching of hashed assets, as README's hosting notes ask of a server.
        if (options.hostLike && relative.startsWith('assets/')) {
          headers['cache-control'] = 'public, max-age=31536000, immutable';
        }
        const compress = options.hostLike && /text|javascript|json|svg/.test(headers['content-type'] ?? '');
        if (compress && /gzip/.test(String(request.headers['accept-encoding']))) {
          headers['content-encoding'] = 'gzip';
          response.writeHead(200, headers).end(gzipSync(body));
        } else {
          response.writeHead(200, headers).end(body);
        }
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** Serves another build from now on, as a host does when a new version is deployed. */
    serveFrom: (directory: string) => {
      root = directory;
    },
  };
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, with its background services off: the machine's network is closed, and so is the app's. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const launchBrowser = (extraFlags: readonly string[] = []): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags, ...extraFlags] });

/** The typefaces Chromium actually draws an element's text with (not what its CSS asks for), by CDP. */
export async function drawnFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return [...new Set(fonts.map((font) => font.familyName))];
}

/** Puts answers in the page's saved state, as a visit that got as far as `route` leaves them, and opens that route. */
export async function openSaved(page: Page, url: string, file: object, route = '#/results') {
  await page.evaluate(
    ([f, r]) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: r, file: f })),
    [file, route] as const,
  );
  await page.goto(`${url}${route}`);
  await page.reload();
}

/** A page that records every request it makes and every error it logs. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { viewport?: { width: number; height: number }; beforeLoad?: (page: Page) => Promise<unknown> } = {},
) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Runs before the page's own scripts, through the DevTools protocol, so the CSP does not apply to it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await options.beforeLoad?.(page);
  await page.goto(url);
  await waitForApp(page);
  return { page, context, requests, errors };
}

/** axe-core's WCAG 2.1 A and AA rules on the whole page; returns the violations, each with its nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as a <script>: the app's CSP allows no inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** The saved work, as the app keeps it in localStorage. */
export async function savedAnswers(
  page: Page,
): Promise<{ answers: Record<string, string>; notes: Record<string, string> }> {
  const raw = await page.evaluate(() => window.localStorage.getItem('parat'));
  const saved = JSON.parse(raw ?? '{}') as {
    file?: { answers: Record<string, string>; notes?: Record<string, string> };
  };
  return { answers: saved.file?.answers ?? {}, notes: saved.file?.notes ?? {} };
}

export const headingText = (page: Page) => page.locator('#page-heading').innerText();

/** Content-Security-Policy violations the page has reported since it loaded. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

/**
 * Waits until the app has taken over the page: index.html already shows the start page before the scripts run,
 * titled just "Parat"; the app titles every page "<page> – Parat".
 */
export const waitForApp = (page: Page) =>
  page.waitForFunction(() => document.querySelector('#page-heading') && document.title.includes(' – '));

/** Waits until the app shows a page whose h1 reads `text`. */
export const waitForHeading = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => document.querySelector('#page-heading')?.textContent === t && document.title.includes(' – '),
    text,
  );

/**
 * Presses "Download PDF" with the keyboard and reads the downloaded report back: its file name, title and text, and
 * what has the focus once the report is made.
 */
export async function downloadPdf(page: Page) {
  const button = page.getByRole('button', { name: 'Download PDF' });
  await button.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const pdf = await readPdf(readFileSync((await download.path())!));
  await page.locator('button:not([aria-disabled="true"], [disabled])', { hasText: 'Download PDF' }).waitFor();
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  return { filename: download.suggestedFilename(), focused, ...pdf };
}
