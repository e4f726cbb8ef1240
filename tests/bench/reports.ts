import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { assess } from '../../scoring';
import { createTranslator } from '../../src/i18n';
import { createReport } from '../../src/report/create';
import { createDocx } from '../../src/report/docx';
import { waitForApp } from '../e2e/harness';
import { fixtureNames, loadFixture } from '../fixtures';
import { regionWithPlan } from '../report/region-plan';
import { dist, median, report, runs } from './figures';
import { fixture, fullFile, recordsFile } from './files';

/** Runs a step `runs` times; its median time and its last result. */
async function timed<T>(step: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    result = await step();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result: result as T };
}

/** The Word document's typical plan: five recommendations taken up and two own actions, each with who and when. */
function typicalPlan(): AnswersFile {
  const t = createTranslator('da');
  const recommendations = assess(bank, fixture.answers).recommendations.slice(0, 5);
  return {
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
}

/** The PDF and the Word document made in Node: time, size and pages. */
export async function reportsInNode() {
  const t = createTranslator('da');
  const date = '22. november 2026';
  const full = await timed(() => createReport(bank, fullFile, t, 'da', date));
  report(`PDF report in Node (median of ${runs})`, full.ms, 'ms', 500);
  report('PDF report size, every question with a note', full.result.byteLength / 1024, 'kB', 300);
  const planned = await timed(() =>
    createReport(bank, regionWithPlan(), t, 'da', date, { fingerprint: 'f'.repeat(64) }),
  );
  report(`PDF report in Node, plan of seven actions (median of ${runs})`, planned.ms, 'ms', 500);
  // Pages of the report for each fixture organisation, and where its appendices begin (cover + summary + body).
  for (const name of fixtureNames) {
    const pdf = Buffer.from(createReport(bank, loadFixture(name), t, 'da', date)).toString('latin1');
    report(`PDF pages, ${name.replace(/-/g, ' ')}`, (pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length, 'pages');
  }

  for (const [label, file] of [
    ['typical plan', typicalPlan()],
    ['plan of seven actions', regionWithPlan()],
  ] as const) {
    const word = await timed(() => createDocx(bank, file, t, 'da', date, { fingerprint: 'f'.repeat(64) }));
    report(`Word document in Node, ${label} (median of ${runs})`, word.ms, 'ms', 300);
    report(`Word document size, ${label}`, word.result.byteLength / 1024, 'kB');
  }
  const chunk = readdirSync(join(dist, 'assets')).find((f) => /^docx-.*\.js$/.test(f));
  if (chunk)
    report(
      'Word library chunk, loaded on request (gzip)',
      gzipSync(readFileSync(join(dist, 'assets', chunk))).length / 1024,
      'kB',
    );
}

/**
 * The PDF from the results page: click to finished download (the fingerprint made with WebCrypto included), the
 * first one loading jsPDF's chunk. For the file with a note on every question, the same organisation without notes,
 * with a plan of seven actions, and with that plan, an approval and 87 references (issue 27).
 */
export async function reportsInChromium(browser: Browser, url: string) {
  for (const [label, file] of [
    ['every question with a note', fullFile],
    ['no notes', fixture],
    ['plan of seven actions', regionWithPlan()],
    ['plan, approval and 87 references', recordsFile()],
  ] as const) {
    const pdfContext = await browser.newContext({ acceptDownloads: true });
    const pdfPage = await pdfContext.newPage();
    await pdfPage.goto(url);
    await pdfPage.evaluate(
      (saved) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/results', file: saved })),
      file,
    );
    await pdfPage.goto(`${url}#/results`);
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
}
