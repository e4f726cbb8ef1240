import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { combine } from '../../scoring';
import { readAnswerFiles } from '../../src/features/transfer/read-files';
import { combineFiles } from '../../src/features/workshop/derived';
import { admit } from '../../src/features/workshop/intake/admit';
import { batchSize } from '../../src/features/workshop/intake/jobs';
import { readFilesOffPage, readSavedOffPage } from '../../src/features/workshop/intake/off-page';
import { readWorkshopFile } from '../../questions/workshop-file';
import { readingOf } from '../../src/features/workshop/restore';
import { participantFiles } from '../fixtures/participants';

const asFiles = (files: { name: string; text: string }[]) =>
  files.map((f) => new File([f.text], f.name, { type: 'application/json' }));

// 120 participants, a file that is no JSON, and the first participant's file again under another name.
const generated = participantFiles(120);
const chosen = asFiles([
  ...generated,
  { name: 'ødelagt.json', text: '{"format":' },
  { ...generated[0]!, name: 'igen.json' },
]);

describe('taking in many participants’ files', () => {
  it('gives the verdicts, participants, repeats and group result that reading the files all at once gave', async () => {
    const atOnce = await readAnswerFiles(chosen);
    const arrivals = await readFilesOffPage(chosen, () => {});
    expect(arrivals.map((a) => [a.label, a.incoming])).toEqual(atOnce.map((r) => [r.fileName, r.incoming]));

    const { added, again, refused } = admit([], arrivals, 'k');
    expect(added.map((p) => p.name)).toEqual(generated.map((_, i) => `Deltager nr. ${i + 1}`));
    expect(refused.map((r) => [r.label, r.incoming.problem.code])).toEqual([['ødelagt.json', 'not-json']]);
    expect(again).toEqual([{ label: 'igen.json', as: 'Deltager nr. 1' }]);
    // The group's result as the page combined it before: every participant's answers, scored from scratch.
    const answers = atOnce.flatMap((r) => (r.incoming.ok ? [r.incoming.file.answers] : [])).slice(0, generated.length);
    expect(combineFiles(added.map((p) => p.file))).toEqual(combine(bank, answers));
  });

  it('says how far it has come, batch by batch, and lets the page do other work between batches', async () => {
    const events: string[] = [];
    const other = new MessageChannel();
    other.port1.onmessage = () => events.push('other work');
    await readFilesOffPage(chosen, (done, total) => {
      events.push(`${done} of ${total}`);
      // Asked for while the files are read: it must not wait until all of them are.
      if (done === batchSize) other.port2.postMessage(null);
    });
    other.port1.close();
    expect(events).toEqual(['50 of 122', 'other work', '100 of 122', '122 of 122']);
  });

  it('reads the saved participants back as reading them at once does, with the same progress', async () => {
    const { added } = admit([], await readFilesOffPage(chosen, () => {}), 'k');
    const raw = JSON.stringify({ version: 1, participants: [...added, { key: 'x', name: 'Ødelagt', file: {} }] });
    const progress: number[] = [];
    const { restored, version } = await readSavedOffPage(raw, (done) => progress.push(done));
    const reading = readingOf(restored, version);
    const atOnce = readWorkshopFile(raw, bank);
    expect(reading.participants).toEqual(atOnce.ok && atOnce.file.participants);
    expect(reading.participants.map((p) => p.name)).toEqual(added.map((p) => p.name));
    expect(reading).toMatchObject({ dropped: 1, complete: false, newer: false });
    expect(progress).toEqual([50, 100, 121]);
  });
});

describe('sorting what arrived', () => {
  it('refuses what cannot be read, adds the rest by who answered, and finds repeats here and among the new', async () => {
    const [first, second] = await readFilesOffPage(asFiles(generated.slice(0, 2)), () => {});
    const here = admit([], [first!], 'a').added;
    const { added, again } = admit(here, [first!, second!, { ...second!, label: 'kopi.json' }], 'b');
    expect(added).toEqual([{ key: 'b-1', name: 'Deltager nr. 2', file: second!.incoming.ok && second!.incoming.file }]);
    expect(again).toEqual([
      { label: 'deltager-1.json', as: 'Deltager nr. 1' },
      { label: 'kopi.json', as: 'Deltager nr. 2' },
    ]);
  });
});
