import { writeFileSync } from 'node:fs';
import { bank } from '../../questions';
import { defaultMinimum } from '../../questions/peer-pack-format';
import { makePeerPack, peerRecord, type PeerRecord } from '../../scoring';
import { segmentText } from '../format/peer-text';
import { type CommandOutput, parseCommandLine, refuse, runIfMain } from './command';
import { readInput } from './read-input';

/**
 * `npm run benchmark -- FILE… --out PACK.json [--min N] [--by SENDER]`: aggregates many organisations' answers files
 * into a peer pack. Each file is read and reduced to what the pack needs at once, so ten thousand files are never
 * held together; a file that cannot be read is skipped and named, and no pack is written from fewer organisations
 * than the minimum. The month it was made in is the only date the command adds.
 */
export function benchmarkCommand(argv: string[], now = new Date()): CommandOutput {
  const parsed = parseCommandLine(
    argv,
    { out: { type: 'string' }, min: { type: 'string' }, by: { type: 'string' } },
    'cli:usage.benchmark',
  );
  if ('error' in parsed) return refuse(parsed.error);
  const { t, values, positionals } = parsed;
  const usage = t('cli:usage.benchmark');
  if (typeof values.out !== 'string') return refuse(t('cli:argument.missingOut', { usage }));
  if (positionals.length === 0) return refuse(t('cli:argument.missingFile', { usage }));
  const minText = typeof values.min === 'string' ? values.min : String(defaultMinimum);
  const minimum = /^\d{1,6}$/.test(minText) ? Number(minText) : NaN;
  if (!(minimum >= 3)) return refuse(t('cli:argument.minimum', { value: minText }));

  let stderr = '';
  const records: PeerRecord[] = [];
  for (const path of positionals) {
    const read = readInput(path, t, { answersOnly: true });
    if ('error' in read) stderr += `${t('cli:benchmark.skipped', { reason: read.error })}\n`;
    else records.push(peerRecord(bank, path, read.file));
  }
  const made = makePeerPack(bank, records, {
    minimum,
    madeIn: now.toISOString().slice(0, 7),
    ...(typeof values.by === 'string' ? { madeBy: values.by } : {}),
  });
  for (const left of made.leftOut) stderr += `${t(`cli:benchmark.${left.reason}`, { ...left })}\n`;
  if (!made.ok) {
    const { problem } = made;
    const line =
      problem.code === 'no-segments'
        ? t('cli:benchmark.noSegments', { minimum })
        : t('cli:benchmark.tooFew', { used: problem.code === 'too-few' ? problem.used : 0, minimum });
    return { code: 2, stdout: '', stderr: `${stderr}${line}\n` };
  }
  try {
    writeFileSync(values.out, `${JSON.stringify(made.pack, null, 2)}\n`);
  } catch {
    return refuse(t('cli:file.unwritable', { file: values.out }));
  }
  const lines = [
    t('cli:benchmark.saved', { file: values.out, used: made.pack.files, files: positionals.length }),
    ...made.pack.segments.map((s) => t('cli:benchmark.segment', { segment: segmentText(s, t), n: s.n })),
  ];
  return { code: 0, stdout: `${lines.join('\n')}\n`, stderr };
}

runIfMain(import.meta.url, (argv) => benchmarkCommand(argv));
