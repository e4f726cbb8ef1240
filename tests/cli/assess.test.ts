import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, combine, decide } from '../../scoring';
import { assessCommand } from '../../src/cli/assess';
import { fixturePath, loadFixture } from '../fixtures';

const dir = mkdtempSync(join(tmpdir(), 'parat-cli-'));
const writeTemp = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const answersFile = (body: object) =>
  writeTemp('answers.json', JSON.stringify({ format: 'parat-answers', bankVersion: bank.version, ...body }));

describe('npm run assess', () => {
  it('prints scores, the national comparison and the top recommendations with why', async () => {
    const { code, stdout } = await assessCommand([fixturePath('state-agency-ml-legal'), '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Parat: results for Styrelsen for Dataforvaltning');
    expect(stdout).toMatch(/Legal uncertainty\s+81 {3}\(4 of 4 answered, 0 don't know\)/);
    expect(stdout).toContain('To a high degree: like 64% of public organisations');
    expect(stdout).toContain('1. Involve the lawyers as early as possible');
    expect(stdout).toContain('3. LF2.1 Settle questions of principle in pioneer projects');
    expect(stdout).toContain('In 2018 Deloitte proposed that the state should take responsibility in pioneer projects');
    expect(stdout).toContain("Parat's suggestion for what you can do now: Find out whether others");
    expect(stdout).toContain('- Audit trail: “To a high degree” (Machine learning)');
    expect(stdout).toContain('(2018), chapter 6, Solution proposals, LF2.1.');
    expect(stdout).not.toContain('000_814d395d67d353bb.txt');
  });

  it('writes the full result as JSON, equal to what scoring returns', async () => {
    const out = join(dir, 'result.json');
    const { code, stdout } = await assessCommand([fixturePath('large-region-rpa'), '--json', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Resultatet er gemt i ${out}.`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(assess(bank, loadFixture('large-region-rpa').answers));
  });

  it('combines a workshop: spread per section, the points to discuss, and the group result', async () => {
    const out = join(dir, 'workshop.json');
    const files = ['small-municipality-starting', 'large-region-rpa', 'state-agency-ml-legal'] as const;
    const { code, stdout } = await assessCommand([
      ...files.map(fixturePath),
      '--workshop',
      '--lang',
      'en',
      '--json',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Parat: workshop with 3 participants');
    // One figure per area, named: the group's score, then the participants' mean and spread, flagged when partial.
    expect(stdout).toMatch(
      /Legal uncertainty\s+group 81 · participants 57 ± 24, lowest–highest 33–81 · Only 2 of 3 answered\n/,
    );
    expect(stdout).toMatch(/Competencies\s+group 56 · participants 63 ± 28, lowest–highest 33–100 · 3 of 3 answered\n/);
    expect(stdout).toMatch(/Internet of Things \(IoT\)\s+group 44 · Only 1 of 3 answered\n/);
    expect(stdout).toContain('Where you disagree most');
    expect(stdout).toContain('Parat: results for the group');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(
      decide(
        bank,
        combine(
          bank,
          files.map((f) => loadFixture(f).answers),
        ),
        {},
      ),
    );
  });

  it('refuses a workshop when one file is broken, naming that file', async () => {
    const broken = writeTemp(
      'broken-participant.json',
      '{"format":"parat-answers","bankVersion":1,"answers":{"sector":7}}',
    );
    const output = await assessCommand([fixturePath('large-region-rpa'), broken, '--workshop', '--lang', 'en']);
    expect(output).toEqual({
      code: 2,
      stdout: '',
      stderr: `${broken} has an invalid answer or note for the question "sector".\n`,
    });
  });

  it('takes several files only for a workshop', async () => {
    const two = [fixturePath('large-region-rpa'), fixturePath('state-agency-ml-legal')];
    expect((await assessCommand([...two, '--lang', 'en'])).stderr).toMatch(/^Name only one answers file\./);
  });

  it('tells an organisation without barriers so', async () => {
    const path = answersFile({ answers: { 'skills-technology-choice': 'not-at-all' } });
    const { stdout } = await assessCommand([path]);
    expect(stdout).toContain('I har ikke angivet nogen barrierer.');
    expect(stdout).toContain('Jeres svar udløser ingen anbefalinger.');
  });

  const badFiles: [string, () => string, string, string][] = [
    [
      'a file that does not exist',
      () => join(dir, 'missing.json'),
      'findes ikke eller kan ikke læses',
      'does not exist or cannot be read',
    ],
    [
      'a file that is not JSON',
      () => writeTemp('broken.json', '{"format": "parat-ans'),
      'er ikke en gyldig JSON-fil',
      'is not a valid JSON file',
    ],
    [
      'another format',
      () => writeTemp('other.json', '{"format":"excel"}'),
      'er ikke en svarfil fra Parat',
      'is not a Parat answers file',
    ],
    [
      'an unknown version',
      () => answersFile({ bankVersion: 'v0', answers: {} }),
      'som Parat ikke kender',
      'that Parat does not know',
    ],
    [
      'a newer version',
      () => answersFile({ bankVersion: 99, answers: {} }),
      'nyere version af spørgsmålene (99)',
      'newer version of the questions (99)',
    ],
    [
      'unknown ids',
      () => answersFile({ answers: { 'made-up': 'high' } }),
      'som Parat ikke kender: made-up',
      'Parat does not know: made-up',
    ],
    [
      'an invalid value',
      () => answersFile({ answers: { sector: 'planet' } }),
      'spørgsmålet "sector"',
      'the question "sector"',
    ],
    ['a file over 5 MB', () => writeTemp('huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 32)), 'over 5 MB', 'over 5 MB'],
    [
      'a field the format does not have',
      () => answersFile({ answers: {}, comments: 'x' }),
      'et ugyldigt felt: "comments"',
      'an invalid field: "comments"',
    ],
    [
      'a version nested 5,000 levels deep',
      () =>
        writeTemp(
          'deep.json',
          `{"format":"parat-answers","bankVersion":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},"answers":{}}`,
        ),
      'som Parat ikke kender',
      'that Parat does not know',
    ],
    [
      'an answer nested 5,000 levels deep',
      () =>
        writeTemp(
          'deep-answer.json',
          `{"format":"parat-answers","bankVersion":1,"answers":{"sector":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
        ),
      'spørgsmålet "sector"',
      'the question "sector"',
    ],
  ];

  it.each(badFiles)(
    'refuses %s with one line in the chosen language and exit code 2',
    async (_, make, danish, english) => {
      const path = make();
      for (const [lang, expected] of [
        ['da', danish],
        ['en', english],
      ] as const) {
        const output = await assessCommand([path, '--lang', lang]);
        expect(output.code).toBe(2);
        expect(output.stdout).toBe('');
        expect(output.stderr).toContain(expected);
        expect(output.stderr.trimEnd().split('\n')).toHaveLength(1);
      }
    },
  );

  it('asks for a file when none is given', async () => {
    expect((await assessCommand(['--lang', 'en'])).stderr).toBe(
      'Name the answers file to assess. Usage: npm run assess -- FILE [FILE …] [--workshop | --trend | --units] [--benchmark PACK.json] [--lang da|en] [--json OUT.json] [--pdf OUT.pdf] [--docx OUT.docx] [--ics OUT.ics] [--csv OUT.csv] [--fingerprint]\n',
    );
  });

  it('exits with code 2 and no stack trace when run as a program', async () => {
    const broken = writeTemp(
      'hostile.json',
      '{"format":"parat-answers","bankVersion":1,"answers":{"<script>":"=1+1"}}',
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', broken, '--lang', 'en'], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${broken} holds answers to questions Parat does not know: <script>.\n`);
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', fixturePath('large-region-rpa')], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Parat: resultat for Region Østerhavn');
  });

  it('prints no control character a hostile file holds, so it cannot steer the terminal', async () => {
    const escape = '\u001b]0;pwned\u0007\u001b[2J\u202eEvil\r\nKommune';
    const run = (file: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', file], {
        cwd: join(import.meta.dirname, '../..'),
        encoding: 'utf8',
      });
    const named = run(answersFile({ answers: { sector: 'region', 'organisation-name': escape } }));
    expect(named.status).toBe(0);
    expect(named.stdout.split('\n')[0]).toBe(
      'Parat: resultat for \uFFFD]0;pwned\uFFFD\uFFFD[2J\uFFFDEvil\uFFFD Kommune',
    );
    const unknown = run(answersFile({ answers: { [`x${escape}`]: 'high' } }));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trimEnd()).not.toMatch(/[\p{Cc}\u202a-\u202e]/u);
    expect(unknown.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads a file that starts with a byte-order mark, as Windows editors write it', async () => {
    const path = writeTemp('bom.json', `\uFEFF${readFileSync(fixturePath('large-region-rpa'), 'utf8')}`);
    const { code, stdout } = await assessCommand([path]);
    expect(code).toBe(0);
    expect(stdout).toContain('Parat: resultat for Region Østerhavn');
  });
});
