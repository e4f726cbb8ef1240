import { readFileTexts } from '../../transfer/read-files';
import {
  fileBatches,
  savedBatches,
  type Arrival,
  type Batch,
  type ChosenFile,
  type Restored,
  type SavedVersion,
} from './jobs';

export type Job = { kind: 'files'; files: readonly ChosenFile[] } | { kind: 'saved'; raw: string };
/** What the worker posts: a batch, or the end of a job with what it returns. */
export type Reply = { id: number; batch: Batch<unknown> } | { id: number; end: SavedVersion | undefined };

type Progress = (done: number, total: number) => void;

/** Lets the page paint and take input before the next batch, where the work runs on the page. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

/** The same work on the page, a batch per task: where no worker starts (an old cached copy, a test in Node). */
async function onPage(job: Job, progress: Progress) {
  const items: unknown[] = [];
  const batches = job.kind === 'files' ? fileBatches(job.files) : savedBatches(job.raw);
  for (let step = batches.next(); ; step = batches.next()) {
    if (step.done) return { items, end: step.value ?? undefined };
    items.push(...step.value.items);
    progress(step.value.done, step.value.total);
    await nextTask();
  }
}

let worker: Worker | undefined | null;
let jobs = 0;

/** The intake's worker, started on first use; null once it has failed to start or to run. */
function intakeWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./intake.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Starts the worker ahead of its first job, while the page waits for files to be chosen: loading it and reading the
 * question bank in it then take nothing from the time the files take.
 */
export function startWorker() {
  if (typeof Worker !== 'undefined') intakeWorker();
}

/**
 * Runs a job in the worker, reporting progress batch by batch. Should the worker fail (it could not be loaded, or
 * stopped), the whole job runs again on the page, so nothing is lost or counted twice.
 */
function run(job: Job, progress: Progress): Promise<{ items: unknown[]; end: SavedVersion | undefined }> {
  const running = typeof Worker === 'undefined' ? null : intakeWorker();
  if (!running) return onPage(job, progress);
  const id = (jobs += 1);
  const items: unknown[] = [];
  return new Promise((resolve) => {
    const stop = () => {
      running.removeEventListener('message', onMessage);
      running.removeEventListener('error', onError);
    };
    const onMessage = ({ data }: MessageEvent<Reply>) => {
      if (data.id !== id) return;
      if ('batch' in data) {
        items.push(...data.batch.items);
        progress(data.batch.done, data.batch.total);
        return;
      }
      stop();
      resolve({ items, end: data.end });
    };
    const onError = (event: Event) => {
      event.preventDefault();
      stop();
      worker = null;
      running.terminate();
      resolve(onPage(job, progress));
    };
    running.addEventListener('message', onMessage);
    running.addEventListener('error', onError);
    running.postMessage({ id, job });
  });
}

/**
 * Reads chosen or dropped files and checks them away from the page, in their order. The texts are read here: the
 * browser reads files without holding the page, and hands texts to the worker faster than a thousand files.
 */
export async function readFilesOffPage(files: readonly File[], progress: Progress): Promise<Arrival[]> {
  const texts = await readFileTexts(files);
  const chosen = files.map((file, i) => ({ name: file.name, size: file.size, text: texts[i] }));
  return (await run({ kind: 'files', files: chosen }, progress)).items as Arrival[];
}

/** Reads the saved participants back away from the page. */
export async function readSavedOffPage(
  raw: string,
  progress: Progress,
): Promise<{ restored: Restored[]; version: SavedVersion }> {
  const { items, end } = await run({ kind: 'saved', raw }, progress);
  return { restored: items as Restored[], version: end ?? { newer: false, current: false, list: false } };
}
