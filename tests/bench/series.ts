import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { report } from './figures';

/** A peer pack from 10,000 organisations' answers files, read from disk, in a process of its own (pack.ts). */
export function packInNode() {
  const script = fileURLToPath(new URL('./pack.ts', import.meta.url));
  const dir = join(mkdtempSync(join(tmpdir(), 'parat-bench-pack-')), 'files');
  try {
    spawnSync(process.execPath, ['--import', 'tsx', script, '--generate', dir]);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, dir], { encoding: 'utf8' });
    const { ms, maxRssMb, files } = JSON.parse(run.stdout) as { ms: number; maxRssMb: number; files: number };
    report(`Peer pack from ${files.toLocaleString('en')} files in Node`, ms, 'ms', 10_000);
    report('Peak memory of that Node process (max RSS)', maxRssMb, 'MB', 300);
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}
