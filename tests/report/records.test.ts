import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { answersHash } from '../../questions/documentation';
import { createTranslator } from '../../src/i18n';
import { answersChapter } from '../../src/report/chapters/answers';
import { decisionChapter } from '../../src/report/chapters/decision';
import { createReport } from '../../src/report/create';
import { assessmentInput } from '../../src/report/model';
import type { Block, Chapter } from '../../src/report/blocks';
import { readPdf } from './read-pdf';
import { regionWithPlan } from './region-plan';

const da = createTranslator('da');
const region = regionWithPlan();
const approval = {
  name: 'Mette Jensen',
  role: 'regionsdirektør',
  date: '2026-05-12',
  reservations: 'Handling 3 afhænger af budgettet for 2027.',
  answersHash: answersHash(region.answers),
};
const evidence = {
  'cyber-iso27001': [
    { ref: 'https://intra.region.dk/isms/politik.pdf', date: '2026-01-15', owner: 'CISO' },
    { ref: 'javascript:alert(1)' },
  ],
  'legal-responsibility': [{ ref: 'Sag 24/01234' }],
};
const input = (file: AnswersFile) => assessmentInput(bank, file, da, 'da', '22. november 2026');
const paragraphs = (chapter: Chapter, heading: string) => {
  const start = chapter.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const end = chapter.blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  return chapter.blocks.slice(start + 1, end).flatMap((b: Block) => (b.kind === 'paragraph' ? [b.text] : []));
};
const decision = (file: AnswersFile) => decisionChapter(input(file), () => 'Her kan I starte');

describe('the approval and the evidence in the report', () => {
  it('shows the file’s approval on the decision page, with the date as a reader writes it', () => {
    expect(paragraphs(decision({ ...region, approval }), 'Godkendelse')).toEqual([
      'Godkendt af Mette Jensen, regionsdirektør den 12. maj 2026.',
      'Forbehold: Handling 3 afhænger af budgettet for 2027.',
    ]);
  });

  it('marks an approval given before the latest change to the answers', () => {
    const changed = { ...region, approval, answers: { ...region.answers, 'cyber-iso27001': 'low' } };
    expect(paragraphs(decision(changed), 'Godkendelse').at(-1)).toBe(
      'Godkendt før de seneste ændringer af svarene: mindst ét svar er ændret, efter godkendelsen blev givet.',
    );
  });

  it('lists each reference under its question’s note in the answers appendix, a link as text', () => {
    const chapter = answersChapter(input({ ...region, notes: { 'cyber-iso27001': 'Certificeret 2025.' }, evidence }));
    expect(chapter.title).toBe('Bilag B. Alle svar, noter og dokumentation');
    const rows = chapter.blocks.flatMap((b) => (b.kind === 'headedTable' ? b.table.body : []));
    const row = rows.find((r) => r[0]?.startsWith('I hvilken grad lever I op til ISO 27001'));
    expect(row?.[2]).toBe(
      [
        'Certificeret 2025.',
        'Dokumentation: https://intra.region.dk/isms/politik.pdf · dateret 15. januar 2026 · hos CISO',
        'Dokumentation: javascript:alert(1)',
      ].join('\n'),
    );
    expect(answersChapter(input(region)).title).toBe('Bilag B. Alle svar og noter');
  });

  it('puts the approval on page 2 and the references in the appendix of the PDF, and links nothing', async () => {
    const bytes = createReport(bank, { ...region, approval, evidence }, da, 'da', '22. november 2026');
    const pdf = await readPdf(bytes);
    const page2 = pdf.pages[1]!.items.map((i) => i.text).join(' ');
    expect(page2).toContain('Godkendt af Mette Jensen, regionsdirektør den 12. maj 2026.');
    expect(page2).toMatch(/2 af de \d+ svar med en grad er dokumenteret med en henvisning\./);
    expect(pdf.text).toContain('Dokumentation: Sag 24/01234');
    expect(pdf.text).toContain('Dokumentation: javascript:alert(1)');
    expect(new TextDecoder('latin1').decode(bytes)).not.toMatch(/\/URI|\/JavaScript|\/JS\b/);
  });
});
