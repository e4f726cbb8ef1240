import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { bankCommand } from '../../src/cli/bank';
import type { BankView } from '../../src/cli/bank-view';

const json = (argv: string[]) => JSON.parse(bankCommand(argv).stdout) as BankView;
const questionIn = (view: BankView, id: string) => view.sections.flatMap((s) => s.questions).find((q) => q.id === id);

describe('npm run bank', () => {
  it('prints the whole bank as JSON in Danish by default', () => {
    const view = json([]);
    expect(view.version).toBe(bank.version);
    expect(view.sections.map((s) => s.id)).toEqual(bank.sections.map((s) => s.id));
    expect(view.sections[0]!.title).toBe('Om jeres organisation');
    expect(view.sections.flatMap((s) => s.questions)).toHaveLength(bank.sections.flatMap((s) => s.questions).length);
  });

  it('gives each question its codes, rating or national figure, and source', () => {
    const view = json(['--lang', 'en']);
    expect(questionIn(view, 'skills-technology-choice')).toEqual({
      id: 'skills-technology-choice',
      text: 'To what extent do you lack the skills to choose, set up and implement new technology?',
      codes: ['K1'],
      source: { report: 'deloitte-2018', section: 'Bilag A: K1', line: 4005, file: '000_814d395d67d353bb.txt' },
      effect: 'Stor',
      relevance: 'Stor',
    });
    expect(questionIn(view, 'cyber-nis2-compliance')).toMatchObject({ benchmark: { high: 31, low: 12 }, codes: [] });
    expect(questionIn(view, 'cyber-nis2-compliance')).not.toHaveProperty('effect');
  });

  it('carries each IT i praksis figure with the step and barriers it belongs to, its bands and source', () => {
    const architecture = json(['--lang', 'en']).sections.find((s) => s.id === 'barriers-architecture');
    expect(architecture?.nationalContext?.find((f) => f.id === 'licence-increases')).toEqual({
      id: 'licence-increases',
      set: 'supplier-challenges',
      label: 'Unreasonable licence increases',
      section: 'barriers-architecture',
      codes: ['A1'],
      high: 58,
      earlierHigh: 54,
      source: {
        report: 'ramboll-2024',
        section: 'Udfordringer med it-leverandørernes leverancer, samarbejde og prisstigninger',
        line: 1963,
        file: '003_9d7a68344ede1571.txt',
      },
    });
    expect(json([]).sections.find((s) => s.id === 'barriers-legal')).not.toHaveProperty('nationalContext');
  });

  it('prints a spreadsheet that Danish Excel opens: BOM, semicolons, one row per question', () => {
    const { stdout, code } = bankCommand(['--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFF"Afsnit";"Id";"Spørgsmål"')).toBe(true);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + bank.sections.flatMap((s) => s.questions).length);
    expect(rows.find((r) => r.includes('"cyber-nis2-compliance"'))).toContain(';31;12;');
  });

  it('prints a paper questionnaire with a box for every answer', () => {
    const { stdout } = bankCommand(['--format', 'md', '--lang', 'en']);
    expect(stdout).toContain('## Cybersecurity and NIS2');
    expect(stdout).toContain("☐ To a high degree   ☐ To some degree   ☐ To a low degree   ☐ Not at all   ☐ Don't know");
    expect(stdout).toContain('National figure: 31% to a high degree, 12% not at all or to a low degree.');
  });

  it('gives on paper the bands and sector shares the app gives, and says in words when a question applies', () => {
    const { stdout } = bankCommand(['--format', 'md']);
    // The middle band where the report's prose gives it (003 L1609-1612, L2075-2078), and the sector shares (L2050).
    expect(stdout).toContain('*Landstal: 11 % i høj grad, 22 % i nogen grad, 67 % slet ikke eller i lav grad.*');
    expect(stdout).toContain('*Landstal: 15 % i høj grad, 23 % i nogen grad, 51 % slet ikke eller i lav grad.*');
    expect(stdout).toContain(
      '*I høj grad efter sektor (rapportens tekst): 52 % af kommunerne og 6 % af de statslige myndigheder.*',
    );
    expect(stdout).toContain(
      '_Besvares kun, hvis I har svaret »Undersøger mulighederne«, »Afprøvning eller pilotprojekt« eller »I drift« om RPA._',
    );
  });

  it.each([
    [['--format', 'xml'], 'Formatet skal være json, csv eller md, ikke "xml".'],
    [['--format', 'xml', '--lang', 'en'], 'The format must be json, csv or md, not "xml".'],
    [['--lang', 'de'], 'Sproget skal være da eller en, ikke "de".'],
    [
      ['--colour', '--lang', 'en'],
      'Unknown option: --colour. Usage: npm run bank -- [--lang da|en] [--format json|csv|md]',
    ],
  ])('refuses %j with one line and exit code 2', (argv, message) => {
    expect(bankCommand(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});
