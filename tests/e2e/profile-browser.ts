import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { bank } from '../../questions';
import { sectionSteps } from '../../src/features/questionnaire/steps';
import { chromiumFlags, chromiumPath } from './harness';

/** The questions on a page of the questionnaire (its first page keeps the section's id). */
export const questionsOf = (stepId: string) =>
  bank.sections
    .flatMap(sectionSteps)
    .find((s) => s.id === stepId)
    ?.questions.map((q) => q.id) ?? [];

/** Chromium on a profile of its own, reached through the DevTools protocol so its process can be killed. */
export async function startChromium(profile: string): Promise<{ browser: Browser; process: ChildProcess }> {
  const child = spawn(
    chromiumPath,
    [...chromiumFlags, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`Chromium stopped: ${output}`)));
  });
  return { browser: await chromium.connectOverCDP(endpoint), process: child };
}

export const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.on('exit', () => resolve());
    process.kill(-(child.pid ?? 0), 'SIGKILL');
  });
