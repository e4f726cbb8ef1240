import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersHash } from '../../questions/documentation';
import { assessCommand } from '../../src/cli/assess';
import { fixturePath, loadFixture } from '../fixtures';
import { regionWithPlan } from '../report/region-plan';

const dir = mkdtempSync(join(tmpdir(), 'parat-cli-records-'));
const region = loadFixture('large-region-rpa');
const withRecords = (name: string, fields: object) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ ...region, ...fields }));
  return path;
};

describe('npm run assess with a plan, an approval and evidence', () => {
  it('writes the open deadlines as a calendar with --ics: five events for the region’s five', async () => {
    const input = withRecords('region.json', { plan: regionWithPlan().plan });
    const out = join(dir, 'frister.ics');
    const { code, stdout } = await assessCommand([input, '--ics', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Kalenderen med 5 frister er gemt i ${out}.`);
    const ics = readFileSync(out, 'utf8');
    expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(5);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270831\r\n');
  });

  it('refuses --ics, writing nothing, when no open action has a deadline or the files are a workshop', async () => {
    const out = join(dir, 'tom.ics');
    const pdf = join(dir, 'tom.pdf');
    const empty = await assessCommand([fixturePath('large-region-rpa'), '--pdf', pdf, '--ics', out, '--lang', 'en']);
    expect(empty).toMatchObject({ code: 2, stdout: '' });
    expect(empty.stderr).toBe(
      `The plan has no open action with a deadline, so there is no calendar to save to ${out}.\n`,
    );
    expect(existsSync(out) || existsSync(pdf)).toBe(false);
    const files = [fixturePath('large-region-rpa'), fixturePath('state-agency-ml-legal')];
    expect((await assessCommand([...files, '--workshop', '--ics', out])).code).toBe(2);
  });

  it('prints the approval and how many answers are documented, and marks an approval older than the answers', async () => {
    const approval = { name: 'Mette Jensen', role: 'Regionsdirektør', date: '2026-05-12' };
    const evidence = { 'cyber-iso27001': [{ ref: 'ISMS-politik' }], 'cyber-mature': [{ ref: 'Sag 24/1' }] };
    const given = withRecords('given.json', {
      approval: { ...approval, answersHash: answersHash(region.answers) },
      evidence,
    });
    const { stdout } = await assessCommand([given]);
    expect(stdout).toContain('Godkendelse\n  Godkendt af Mette Jensen, Regionsdirektør den 12. maj 2026.\n');
    expect(stdout).toMatch(/ {2}2 af de \d+ svar med en grad er dokumenteret med en henvisning\./);
    expect(stdout).not.toContain('Godkendt før de seneste ændringer af svarene');
    const stale = withRecords('stale.json', { approval: { ...approval, answersHash: 'abc' } });
    expect((await assessCommand([stale])).stdout).toContain('Godkendt før de seneste ændringer af svarene.');
  });

  it('says on stderr what reading the approval and the evidence changed, and still assesses the file', async () => {
    const input = withRecords('odd.json', {
      approval: ['Mette'],
      evidence: { 'cyber-iso27001': [{ ref: 'javascript:alert(1)' }], 'no-such': [] },
    });
    const { code, stdout, stderr } = await assessCommand([input, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Parat: results for Region Østerhavn');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${input}: The approval in the file could not be read and has been left out. The answers were read as they are.`,
      `${input}: A reference for “ISO 27001 or equivalent” begins with “javascript:”. It is shown as text only and cannot be opened.`,
      `${input}: There was evidence for a question that does not exist in this version (no-such). It has been left out.`,
    ]);
  });
});
