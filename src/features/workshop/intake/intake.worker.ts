import { fileBatches, savedBatches } from './jobs';
import type { Reply, Job } from './off-page';

/**
 * The intake's worker: reads and checks files or saved participants away from the page, so that a thousand of
 * them leave the page free to show progress, and posts them back a batch at a time.
 */
const post = (reply: Reply) => self.postMessage(reply);

self.onmessage = ({ data: { id, job } }: MessageEvent<{ id: number; job: Job }>) => {
  const batches = job.kind === 'files' ? fileBatches(job.files) : savedBatches(job.raw);
  for (let step = batches.next(); ; step = batches.next()) {
    if (step.done) {
      post({ id, end: step.value ?? undefined });
      return;
    }
    post({ id, batch: step.value });
  }
};
