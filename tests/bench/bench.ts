/**
 * `npm run bench`: figures for the production build, printed, never asserted. Budgets from the issues are shown
 * beside each figure, and anything over budget is listed at the end.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { compactAnswers } from '../../questions/compact';
import { assess } from '../../scoring';
import { createTranslator } from '../../src/i18n';
import { createReport } from '../../src/report/create';
import { createDocx } from '../../src/report/docx';
import { answerStepWithKeyboard } from '../e2e/keyboard';
import {
  chromiumFlags,
  chromiumPath,
  launchBrowser,
  launchBrowserWithCamera,
  serveBuild,
  waitForApp,
  waitForHeading,
  writeCameraVideo,
} from '../e2e/harness';
import { fixtureNames, loadFixture } from '../fixtures';
import { participantFiles } from '../fixtures/participants';
import { chooseFiles, openWorkshop, reload, type IntakeFigures } from './workshop-intake';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const runs = 5;
const over: string[] = [];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function report(
  label: string,
  value: number,
  unit: 'B' | 'kB' | 'MB' | 'ms' | 'score' | 'pages' | 'screens' | 'count',
  budget?: number,
) {
  const shown =
    unit === 'B'
      ? `${value} B`
      : unit === 'kB'
        ? kb(value * 1024)
        : unit === 'MB'
          ? `${value.toFixed(0)} MB`
          : unit === 'ms'
            ? `${Math.round(value)} ms`
            : unit === 'pages'
              ? `${value} pages`
              : unit === 'screens'
                ? `${value.toFixed(2)} screens`
                : unit === 'count'
                  ? String(value)
                  : value.toFixed(2);
  const limit = budget === undefined ? '' : unit === 'score' ? ` (budget >= ${budget})` : ` (budget ${budget} ${unit})`;
  console.log(`${label.padEnd(48)} ${shown.padStart(10)}${limit}`);
  const fails = unit === 'score' ? value < (budget ?? 0) : budget !== undefined && value > budget;
  if (fails) over.push(`${label}: ${shown}${limit}`);
}

// A workshop of 1,000 answer files: read, validated and combined, in a process of its own (tests/bench/merge.ts).
{
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./merge.ts', import.meta.url))], {
    encoding: 'utf8',
  });
  const { ms, maxRssMb } = JSON.parse(run.stdout) as { ms: number; maxRssMb: number };
  report('Combine 1,000 answer files in Node', ms, 'ms', 2000);
  report('Peak memory of that Node process (max RSS)', maxRssMb, 'MB', 200);
}

// A fully answered questionnaire with a note on every question.
const fixture = loadFixture('large-region-rpa');
const fullFile = {
  ...fixture,
  notes: Object.fromEntries(
    Object.keys(fixture.answers).map((id) => [id, `Note om ${id}: drøftet på workshoppen, æøå. `.repeat(4)]),
  ),
};

{
  const t = createTranslator('da');
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    bytes = createReport(bank, fullFile, t, 'da', '22. november 2026').byteLength;
    times.push(performance.now() - started);
  }
  report(`PDF report in Node (median of ${runs})`, median(times), 'ms', 500);
  report('PDF report size, every question with a note', bytes / 1024, 'kB', 300);
  // Pages of the report for each fixture organisation, and where its appendices begin (cover + summary + body).
  for (const name of fixtureNames) {
    const pdf = Buffer.from(createReport(bank, loadFixture(name), t, 'da', '22. november 2026')).toString('latin1');
    report(`PDF pages, ${name.replace(/-/g, ' ')}`, (pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length, 'pages');
  }
}

// The Word document of a typical plan: five recommendations taken up and two own actions, each with who and when.
{
  const t = createTranslator('da');
  const recommendations = assess(bank, fixture.answers).recommendations.slice(0, 5);
  const planned: AnswersFile = {
    ...fixture,
    plan: Object.fromEntries([
      ...recommendations.map((r, i) => [
        r.id,
        {
          title: t(`recommendations:${r.id}.title`),
          recommendation: r.id,
          areas: [...new Set(r.triggers.map((trigger) => trigger.sectionId))],
          responsible: 'Digitaliseringschefen',
          deadline: `2027-0${i + 1}-15`,
          status: 'not-started' as const,
        },
      ]),
      [
        'own-1',
        { title: 'Budget til robotdrift', areas: [], status: 'in-progress' as const, note: 'Aftalt i direktionen' },
      ],
      ['own-2', { title: 'Evaluer piloten', areas: [], status: 'not-started' as const }],
    ]),
  };
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    bytes = (await createDocx(bank, planned, t, 'da', '22. november 2026')).byteLength;
    times.push(performance.now() - started);
  }
  report(`Word document in Node, typical plan (median of ${runs})`, median(times), 'ms', 500);
  report('Word document size, typical plan', bytes / 1024, 'kB');
  const chunk = readdirSync(join(dist, 'assets')).find((f) => /^docx-.*\.js$/.test(f));
  if (chunk)
    report(
      'Word library chunk, loaded on request (gzip)',
      gzipSync(readFileSync(join(dist, 'assets', chunk))).length / 1024,
      'kB',
    );
}

// A participant's answers as a QR code for a workshop: the text's bytes and the QR version, typical and full.
const typicalParticipant = { ...fixture, answers: { ...fixture.answers, respondent: 'IT-chef' } };
const fullParticipant: AnswersFile = {
  ...fullFile,
  answers: Object.fromEntries(
    bank.sections
      .flatMap((s) => s.questions)
      .map((q) => [q.id, q.type === 'text' ? 'Midtby Kommune, IT-chef' : q.type === 'scale' ? 'some' : q.options[0]!]),
  ),
};
{
  const { generate, correction } = await import('lean-qr');
  const qr = (file: AnswersFile, notes: boolean) => {
    const text = compactAnswers(file, bank, { notes });
    let version = 'over 40';
    try {
      version = String((generate(text, { minCorrectionLevel: correction.M }).size - 17) / 4);
    } catch {
      // Too much for any QR code: the dialog then offers the link and the file.
    }
    return { bytes: Buffer.byteLength(text), version };
  };
  for (const [label, file, notes] of [
    ['typical participant, no notes', typicalParticipant, false],
    ['every question answered, no notes', fullParticipant, false],
    ['every question answered, a note on each', fullParticipant, true],
  ] as const) {
    const { bytes, version } = qr(file, notes);
    report(`QR text, ${label} (version ${version})`, bytes, 'B');
  }
  for (const [name, pattern] of [
    ['QR code maker chunk, on request (gzip)', /^lean-qr-.*\.js$/],
    ['QR reader chunk, on request (gzip)', /^jsQR-.*\.js$/i],
  ] as const) {
    const chunk = readdirSync(join(dist, 'assets')).find((f) => pattern.test(f));
    if (chunk) report(name, gzipSync(readFileSync(join(dist, 'assets', chunk))).length / 1024, 'kB');
  }
}

// From a camera frame holding a participant's QR code to the participant added, in Chromium with a fake camera.
{
  const { generate, correction } = await import('lean-qr');
  const code = generate(compactAnswers(typicalParticipant, bank, { notes: false }), {
    minCorrectionLevel: correction.M,
  });
  const module = Math.floor(360 / (code.size + 8));
  const picture = new Uint8Array(640 * 480).fill(255);
  const left = Math.floor((640 - code.size * module) / 2);
  const top = Math.floor((480 - code.size * module) / 2);
  for (let y = 0; y < code.size * module; y++)
    for (let x = 0; x < code.size * module; x++)
      if (code.get(Math.floor(x / module), Math.floor(y / module))) picture[(top + y) * 640 + left + x] = 0;
  const video = join(tmpdir(), `parat-bench-camera-${process.pid}.y4m`);
  writeCameraVideo(video, picture);
  const server = await serveBuild('/', { hostLike: true });
  const camera = await launchBrowserWithCamera(video);
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await camera.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}#/workshop`);
      await waitForHeading(page, 'Workshop');
      await page.getByRole('button', { name: 'Scan QR-kode' }).click();
      await page.getByRole('heading', { name: '1 deltager' }).waitFor({ timeout: 30_000 });
      times.push(
        await page.evaluate(() => performance.getEntriesByName('parat-scan-to-participant')[0]?.duration ?? NaN),
      );
      await context.close();
    }
    report(`Camera frame to participant added, jsQR (median of ${runs})`, median(times), 'ms');
  } finally {
    await camera.close();
    await server.close();
  }
}

// Served as README's hosting notes ask: compressed, hashed assets cached for a year.
const server = await serveBuild('/', { hostLike: true });
const browser = await launchBrowser();
try {
  // First load: every JS and CSS file the start page fetches before it is usable, gzip-compressed as a server would.
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.(js|css|woff2)$/.test(path)) files.add(path);
  });
  await page.goto(server.url, { waitUntil: 'networkidle' });
  let js = 0;
  let css = 0;
  const fonts: number[] = [];
  for (const path of files) {
    const file = readFileSync(join(dist, path.replace(/^\//, '')));
    if (path.endsWith('.woff2')) fonts.push(file.length);
    else if (path.endsWith('.js')) js += gzipSync(file).length;
    else css += gzipSync(file).length;
  }
  report('First-load JS (gzip)', js / 1024, 'kB', 120);
  report('First-load CSS (gzip)', css / 1024, 'kB', 40);
  // woff2 is compressed already: its size as sent.
  report(`Fonts fetched on a first visit (${fonts.length} files)`, fonts.reduce((a, b) => a + b, 0) / 1024, 'kB');
  await context.close();

  // Largest Contentful Paint on loopback, a fresh context per run so nothing is cached.
  const lcps: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(server.url, { waitUntil: 'networkidle' });
    lcps.push(
      await p.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      ),
    );
    await fresh.close();
  }
  report(`LCP on loopback (median of ${runs})`, median(lcps), 'ms', 1000);

  // Every question answered through the UI with the keyboard, as in the end-to-end test.
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(`${server.url}#/step/profile`);
    await waitForHeading(p, 'Om jeres organisation');
    const started = performance.now();
    for (let step = 0; step < 30; step += 1) {
      const heading = await p.locator('#page-heading').innerText();
      if (heading === 'Tjek jeres svar') break;
      await answerStepWithKeyboard(p, (id, count) => (id.startsWith('stage-') ? 3 : id.length % count));
      await p.waitForFunction((previous) => document.querySelector('#page-heading')?.textContent !== previous, heading);
    }
    times.push(performance.now() - started);
    await fresh.close();
  }
  report('Answer every question by keyboard (median of 3)', median(times), 'ms');

  // 1,000 participants' files chosen on the workshop page: from the choice to the group's result on screen, the
  // longest task meanwhile, and the same for a reload with them saved; three times, each in a fresh context.
  const intakes: { intake: IntakeFigures; reload: IntakeFigures; heap: number }[] = [];
  const participants = participantFiles(1000);
  for (let run = 0; run < 3; run += 1) {
    const workshopPage = await openWorkshop(browser, server.url);
    const intake = await chooseFiles(workshopPage, participants);
    const reloaded = await reload(workshopPage, participants.length);
    const heap = await workshopPage.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN,
    );
    intakes.push({ intake, reload: reloaded, heap: heap / 1024 / 1024 });
    await workshopPage.context().close();
  }
  const largest = (values: number[]) => Math.max(...values);
  report('1,000 participant files in Chromium: time to result', median(intakes.map((m) => m.intake.ms)), 'ms', 1000);
  report('  longest task (largest of 3)', largest(intakes.map((m) => m.intake.longestTask)), 'ms', 200);
  report('  reload with them saved: time to result', median(intakes.map((m) => m.reload.ms)), 'ms', 1000);
  report('  longest task (largest of 3)', largest(intakes.map((m) => m.reload.longestTask)), 'ms', 200);
  report('  page elements with the result shown', largest(intakes.map((m) => m.intake.elements)), 'count');
  report('JS heap in Chromium afterwards (largest)', Math.max(...intakes.map((m) => m.heap)), 'MB', 200);

  // The PDF from the results page: click to finished download, the first one loading jsPDF's chunk. For the file
  // with a note on every question (27 pages) and for the same organisation without notes (21 pages).
  for (const [label, file] of [
    ['every question with a note', fullFile],
    ['no notes', fixture],
  ] as const) {
    const pdfContext = await browser.newContext({ acceptDownloads: true });
    const pdfPage = await pdfContext.newPage();
    await pdfPage.goto(server.url);
    await pdfPage.evaluate(
      (saved) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/results', file: saved })),
      file,
    );
    await pdfPage.goto(`${server.url}#/results`);
    await pdfPage.reload();
    await waitForApp(pdfPage);
    const pdfTimes: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const started = performance.now();
      await Promise.all([
        pdfPage.waitForEvent('download'),
        pdfPage.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      pdfTimes.push(performance.now() - started);
    }
    report(`PDF report in Chromium, ${label}, first (loads jsPDF)`, pdfTimes[0] ?? NaN, 'ms');
    report(`  then (median of ${runs})`, median(pdfTimes.slice(1)), 'ms', 300);
    await pdfContext.close();
  }

  // From the last answer to the verdict: "Se resultatet" on the check page until the verdict is on screen, with
  // the CPU slowed four times, as on an old municipal laptop. The first run also loads the results page's chunk.
  const verdictContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const verdictPage = await verdictContext.newPage();
  await verdictPage.goto(server.url);
  await verdictPage.evaluate(
    (file) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/check', file })),
    fixture,
  );
  await verdictPage.reload();
  await waitForApp(verdictPage);
  const cdp = await verdictContext.newCDPSession(verdictPage);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const verdictTimes: { verdict: number; whole: number }[] = [];
  for (let run = 0; run < runs; run += 1) {
    await verdictPage.evaluate(() => (window.location.hash = '#/check'));
    await verdictPage.getByRole('link', { name: 'Se resultatet' }).first().waitFor();
    verdictTimes.push(
      await verdictPage.evaluate(
        () =>
          new Promise<{ verdict: number; whole: number }>((resolve) => {
            const started = performance.now();
            let verdict = NaN;
            const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Se resultatet');
            const observer = new MutationObserver(() => {
              // Until the frame that shows it is painted.
              if (Number.isNaN(verdict) && document.querySelector('.parat-verdict'))
                requestAnimationFrame(() => (verdict = performance.now() - started));
              if (document.querySelector('#tools-heading')) {
                observer.disconnect();
                requestAnimationFrame(() => resolve({ verdict, whole: performance.now() - started }));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            link?.click();
          }),
      ),
    );
  }
  const later = verdictTimes.slice(1);
  report('Last answer to verdict, 4x CPU slowdown, first', verdictTimes[0]?.verdict ?? NaN, 'ms');
  report(
    `Last answer to verdict, 4x CPU slowdown (median of ${runs - 1})`,
    median(later.map((t) => t.verdict)),
    'ms',
    100,
  );
  report('  and to the whole results page (median)', median(later.map((t) => t.whole)), 'ms');
  await verdictContext.close();

  // The results page's length on a 1280×800 laptop before anything is opened, in screens, for each fixture
  // organisation (large region RPA answers every question).
  for (const name of fixtureNames) {
    const heightContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const heightPage = await heightContext.newPage();
    await heightPage.goto(server.url);
    await heightPage.evaluate(
      (file) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/results', file })),
      loadFixture(name),
    );
    await heightPage.reload();
    await heightPage.locator('#tools-heading').waitFor();
    const screens = await heightPage.evaluate(() => document.documentElement.scrollHeight / innerHeight);
    report(`Results page at 1280×800, ${name.replace(/-/g, ' ')}`, screens, 'screens', 5);
    await heightContext.close();
  }
} finally {
  await browser.close();
}

// Lighthouse in Debian's Chromium, mobile (simulated slow 4G) and desktop, median of three runs each.
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
try {
  for (const [formFactor, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ] as const) {
    const scores: Record<string, number[]> = {};
    for (let run = 0; run < 3; run += 1) {
      const result = await lighthouse(
        server.url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        },
        config,
      );
      for (const [id, category] of Object.entries(result?.lhr.categories ?? {}))
        (scores[id] ??= []).push(category.score ?? 0);
    }
    for (const [id, values] of Object.entries(scores))
      report(`Lighthouse ${formFactor} ${id} (median of 3)`, median(values), 'score', 0.95);
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log(over.length === 0 ? '\nAll figures within budget.' : `\nOver budget:\n- ${over.join('\n- ')}`);
