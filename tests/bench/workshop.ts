import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { compactAnswers } from '../../questions/compact';
import { launchBrowserWithCamera, writeCameraVideo } from '../e2e/camera';
import { serveBuild, waitForHeading } from '../e2e/harness';
import { dist, median, report, runs } from './figures';
import { fixture, fullFile } from './files';
import { participantFiles } from '../fixtures/participants';
import { chooseFiles, openWorkshop, reload, type IntakeFigures } from './workshop-intake';

/** A workshop of 1,000 answer files: read, validated and combined, in a process of its own (tests/bench/merge.ts). */
export function workshopInNode() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./merge.ts', import.meta.url))], {
    encoding: 'utf8',
  });
  const { ms, maxRssMb } = JSON.parse(run.stdout) as { ms: number; maxRssMb: number };
  report('Combine 1,000 answer files in Node', ms, 'ms', 2000);
  report('Peak memory of that Node process (max RSS)', maxRssMb, 'MB', 200);
}

// The participants of the QR figures: a typical one, and one with every question answered and a note on each.
const typicalParticipant = { ...fixture, answers: { ...fixture.answers, respondent: 'IT-chef' } };
const fullParticipant: AnswersFile = {
  ...fullFile,
  answers: Object.fromEntries(
    bank.sections
      .flatMap((s) => s.questions)
      .map((q) => [q.id, q.type === 'text' ? 'Midtby Kommune, IT-chef' : q.type === 'scale' ? 'some' : q.options[0]!]),
  ),
};

/** A participant's answers as a QR code for a workshop: the text's bytes and the QR version, typical and full. */
export async function qrFigures() {
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

/** From a camera frame holding a participant's QR code to the participant added, in Chromium with a fake camera. */
export async function cameraToParticipant() {
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

/**
 * 1,000 participants' files chosen on the workshop page: from the choice to the group's result on screen, the longest
 * task meanwhile, and the same for a reload with them saved; three times, each in a fresh context.
 */
export async function workshopInChromium(browser: Browser, url: string) {
  const intakes: { intake: IntakeFigures; reload: IntakeFigures; heap: number }[] = [];
  const participants = participantFiles(1000);
  for (let run = 0; run < 3; run += 1) {
    const workshopPage = await openWorkshop(browser, url);
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
}
