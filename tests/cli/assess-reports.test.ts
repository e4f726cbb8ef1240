import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { assessCommand } from '../../src/cli/assess';
import { fixturePath, loadFixture } from '../fixtures';
import { readPdf } from '../report/read-pdf';
import { regionWithPlan } from '../report/region-plan';

const dir = mkdtempSync(join(tmpdir(), 'parat-cli-reports-'));
const writeTemp = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run assess, writing reports and files', () => {
  it('prints the fingerprint of the file, the one the PDF carries in every footer', async () => {
    const input = writeTemp('region-plan.json', JSON.stringify(regionWithPlan(), null, 2));
    const out = join(dir, 'region-plan.pdf');
    const { code, stdout } = await assessCommand([input, '--fingerprint', '--pdf', out]);
    expect(code).toBe(0);
    const [line = ''] = stdout.split('\n');
    expect(line).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await readPdf(readFileSync(out));
    for (const page of pdf.pages) {
      expect(page.items.map((item) => item.text).join(' ')).toContain(`(SHA-256): ${line}`);
    }
    // The same content written another way (keys reordered, saved later) has the same fingerprint.
    const { plan, answers, ...rest } = regionWithPlan();
    const again = writeTemp('again.json', JSON.stringify({ plan, ...rest, savedAt: '2031-01-01T00:00:00Z', answers }));
    expect((await assessCommand([again, '--fingerprint'])).stdout).toBe(`${line}\n`);
    expect((await assessCommand([input, input, '--workshop', '--fingerprint'])).code).toBe(2);
  });

  it('writes the PDF report in the chosen language', async () => {
    const out = join(dir, 'report.pdf');
    const { code, stdout } = await assessCommand([
      fixturePath('small-municipality-starting'),
      '--pdf',
      out,
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(`The PDF report is saved to ${out}.`);
    const pdf = await readPdf(readFileSync(out));
    expect(pdf.title).toBe('Results for Lille Sønderå Kommune');
    expect(pdf.text).toContain('Management summary');
  });

  it('writes the Word document with the plan, and says on stderr what reading the plan changed', async () => {
    const input = join(dir, 'with-plan.json');
    const plan = { 'own-1': { title: 'Robotdrift', areas: [], status: 'in-progress', deadline: 'efter sommer' } };
    writeFileSync(input, JSON.stringify({ ...loadFixture('large-region-rpa'), plan }));
    const out = join(dir, 'plan.docx');
    const { code, stdout, stderr } = await assessCommand([input, '--docx', out, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain(`The Word document is saved to ${out}.`);
    expect(stderr).toBe(
      `${input}: The deadline “efter sommer” for “Robotdrift” is not a date. It has been moved to the note, so you can set the deadline again.\n`,
    );
    const docx = await JSZip.loadAsync(readFileSync(out));
    expect(await docx.file('word/document.xml')!.async('string')).toContain('Robotdrift');
    // A workshop has its Word document too: the group's report, with its disagreements.
    const workshop = await assessCommand([input, fixturePath('state-agency-ml-legal'), '--workshop', '--docx', out]);
    expect(workshop.code).toBe(0);
    const group = await JSZip.loadAsync(readFileSync(out));
    expect(await group.file('word/document.xml')!.async('string')).toContain('Uenigheder og beslutninger');
  });

  it('checks every argument before it writes anything', async () => {
    const two = [fixturePath('large-region-rpa'), fixturePath('state-agency-ml-legal')];
    const out = (name: string) => join(dir, `checked-${name}`);
    const refused = await assessCommand([
      ...two,
      '--workshop',
      '--pdf',
      out('a.pdf'),
      '--json',
      out('b.json'),
      '--docx',
      join(dir, 'no-such', 'c.docx'),
      '--lang',
      'en',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`The result could not be saved to ${join(dir, 'no-such', 'c.docx')}.\n`);
    const missingFolder = await assessCommand([
      two[0]!,
      '--json',
      out('d.json'),
      '--pdf',
      join(dir, 'no-such', 'e.pdf'),
    ]);
    expect(missingFolder).toMatchObject({
      code: 2,
      stderr: `Resultatet kunne ikke gemmes i ${join(dir, 'no-such', 'e.pdf')}.\n`,
    });
    expect(await assessCommand([two[0]!, '--pdf', dir])).toMatchObject({ code: 2 });
    for (const name of ['a.pdf', 'b.json', 'c.docx', 'd.json']) expect(existsSync(out(name)), name).toBe(false);
  });

  it('refuses two outputs to one file, and an output over an answers file it reads', async () => {
    const same = (path: string) => ['--pdf', path, '--docx', path, '--json', path];
    const target = join(dir, 'one-path');
    const refused = await assessCommand([fixturePath('large-region-rpa'), ...same(target), '--lang', 'en']);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: `--json and --pdf point to the same file (${target}), so one result would overwrite the other. Give each its own file.\n`,
    });
    expect(existsSync(target)).toBe(false);
    // The same file by another name.
    const relative = await assessCommand([
      fixturePath('large-region-rpa'),
      '--json',
      target,
      '--pdf',
      join(dir, '..', basename(dir), 'one-path'),
    ]);
    expect(relative.code).toBe(2);
    const input = writeTemp('kept.json', readFileSync(fixturePath('large-region-rpa')));
    const over = await assessCommand([input, '--json', input, '--lang', 'en']);
    expect(over.stderr).toBe(
      `--json points to the answers file ${input}, which would then be overwritten. Choose another file.\n`,
    );
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(fixturePath('large-region-rpa'), 'utf8'));
  });

  it('writes the group PDF of a workshop, with the spread and the points to discuss', async () => {
    const out = join(dir, 'workshop.pdf');
    const two = [fixturePath('large-region-rpa'), fixturePath('state-agency-ml-legal')];
    expect((await assessCommand([...two, '--workshop', '--pdf', out, '--lang', 'en'])).code).toBe(0);
    const pdf = await readPdf(readFileSync(out));
    expect(pdf.title).toBe('Workshop with Parat: Workshop with 2 participants');
    expect(pdf.text).toContain('The workshop 2 participants.');
    expect(pdf.text).toContain('Disagreements and decisions');
  });
});
