/**
 * A peer pack from 10,000 organisations' answers files, as `npm run benchmark` makes it, in a process of its own so
 * its peak memory is the pack's. `pack.ts --generate DIR` writes the files (not timed); `pack.ts DIR` makes the pack
 * from them and prints { ms, maxRssMb, files } as JSON.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectors } from '../../questions/sectors';
import { benchmarkCommand } from '../../src/cli/benchmark';
import { organisationFile, seeded } from '../scoring/peer-organisations';

export const packOrganisations = 10_000;
const sizes = ['under-500', '500-1999', '2000-9999', '10000-plus'];

const [flag, dir] = process.argv.slice(2);
if (flag === '--generate' && dir) {
  mkdirSync(dir, { recursive: true });
  const next = seeded(7);
  for (let i = 0; i < packOrganisations; i += 1) {
    const sector = sectors[Math.floor(next() * sectors.length)]!;
    const size = sizes[Math.floor(next() * sizes.length)]!;
    writeFileSync(join(dir, `${i}.json`), JSON.stringify(organisationFile(`Organisation ${i}`, sector, size, i + 1)));
  }
} else if (flag) {
  const files = readdirSync(flag).map((name) => join(flag, name));
  const started = performance.now();
  const output = benchmarkCommand([...files, '--out', join(flag, '..', 'pack.json')]);
  const ms = performance.now() - started;
  if (output.code !== 0) throw new Error(output.stderr);
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, files: files.length }));
}
