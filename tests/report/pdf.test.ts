import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bank, bankVersion } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { assess } from '../../scoring';
import { createTranslator } from '../../src/i18n';
import { createReport } from '../../src/report/create';
import { layout } from '../../src/report/writer';
import { loadFixture } from '../fixtures';
import { readPdf, type PdfText } from './read-pdf';

const da = createTranslator('da');
const pageText = (pdf: PdfText, page: number) =>
  (pdf.pages[page - 1]?.items ?? [])
    .map((i) => i.text)
    .join(' ')
    .replace(/\s+/g, ' ');
const en = createTranslator('en');
const mmToPt = 72 / 25.4;
const titles = JSON.parse(
  readFileSync(new URL('../../locales/da/recommendations.json', import.meta.url), 'utf8'),
) as Record<string, { title: string }>;

const hostileName = `Ærø Søby Å Kommune ≥ ✓ → Łódź 🚀 ${'Langt navn '.repeat(20)}`.slice(0, 200);
const longNote = Array.from({ length: 100 }, (_, i) => `Linje ${i + 1}: æøå ÆØÅ “citat” – ${'x'.repeat(30)}`)
  .join('\n')
  .slice(0, 5000);
const unbrokenNote = 'y'.repeat(1500);

function hostileFile(): AnswersFile {
  const file = loadFixture('large-region-rpa');
  return {
    ...file,
    // "Slet ikke" on an item where only 3 % are in that band: the marker sits at the right edge of its bar.
    answers: { ...file.answers, 'organisation-name': hostileName, 'cyber-mature': 'not-at-all' },
    notes: {
      ...file.notes,
      'rpa-system-changes': longNote,
      sector: unbrokenNote,
      'genai-ethics': '<script>alert(1)</script> =HYPERLINK("x") \u202Eabc',
    },
  };
}

let plain: PdfText;
let hostile: PdfText;
let hostileBytes: ArrayBuffer;

beforeAll(async () => {
  plain = await readPdf(createReport(bank, loadFixture('state-agency-ml-legal'), en, 'en', '22 November 2026'));
  hostileBytes = createReport(bank, hostileFile(), da, 'da', '22. november 2026');
  hostile = await readPdf(hostileBytes);
});

describe('the PDF report', () => {
  it('has a cover, a summary on page 2, a short body and the appendices, each bookmarked on its page', () => {
    const chapters = [
      'Management summary',
      'Results',
      'Where to start',
      'Beside the national figure',
      'Appendix A. Other recommendations',
      'Appendix B. All answers and notes',
      'Appendix C. Method and sources',
    ];
    expect(plain.outline.map((o) => o.title)).toEqual(chapters);
    for (const { title, page } of plain.outline) {
      expect(pageText(plain, page), title).toContain(title);
      // The cover's contents give the same page.
      expect(pageText(plain, 1)).toContain(`${title} ${page}`);
    }
    expect(plain.outline[0]!.page).toBe(2);
    const body = plain.outline.find((o) => o.title.startsWith('Appendix A'))!.page - 2;
    expect(body).toBeLessThanOrEqual(8);
  });

  it('fits the decision page on page 2: key messages, the proposed decision, five first steps to assign', () => {
    const page2 = pageText(plain, 2);
    expect(page2).toMatch(/Key messages • .+ is your weakest area beside the national figures: /);
    expect(page2).toMatch(/ is your largest barrier, with a pressure of \d+ out of 100/);
    expect(page2).toContain('Proposed decision It is proposed that management • chooses the first actions');
    expect(page2).toMatch(/No\. Action Responsible Deadline 1 \S/);
    expect(page2).toContain('The recommendations are described in the chapter “Where to start”.');
    expect(pageText(plain, 3)).not.toContain('The first five steps');
  });

  it('has a cover that names the organisation, the date and what the report is, and where the accessible version is', () => {
    const cover = pageText(plain, 1);
    expect(cover).toMatch(/Styrelsen for Dataforvaltning.*Report for management.*22 November 2026.*State authority/);
    expect(cover).toContain('Print, then Save as PDF');
    expect(cover).not.toMatch(/Question bank|Parat \d/);
    expect(pageText(plain, plain.pages.length)).toMatch(
      new RegExp(`Parat \\d+\\.\\d+\\.\\d+ and question bank ${bankVersion}`),
    );
  });

  it('sets the title and the language of the document', () => {
    expect(plain.title).toBe('Results for Styrelsen for Dataforvaltning');
    expect(Buffer.from(hostileBytes).toString('latin1')).toContain('/Lang (da)');
  });

  it('has no section for a technology the organisation does not use', () => {
    // The state agency works with machine learning only: the answers appendix lists no table for the others.
    expect(plain.text).toContain('Machine learning Question Answer Note');
    for (const technology of ['RPA', 'Drones', 'Blockchain', 'Internet of Things (IoT)']) {
      expect(plain.text).not.toContain(`${technology} Question Answer Note`);
    }
  });

  it('never breaks a table heading inside a word', () => {
    const words = [da, en].flatMap((t) =>
      [
        'answersTable.question',
        'answersTable.answer',
        'answersTable.note',
        'actionsTable.number',
        'actionsTable.action',
        'actionsTable.responsible',
        'actionsTable.deadline',
      ].flatMap((key) => t(`report:${key}`).split(/\s+/)),
    );
    for (const pdf of [plain, hostile]) {
      const items = new Set(pdf.pages.flatMap((p) => p.items.map((i) => i.text.trim())));
      for (const word of words.filter((w) => w.length > 3)) {
        for (let cut = 2; cut < word.length - 1; cut += 1) {
          expect(items.has(word.slice(0, cut)) && items.has(word.slice(cut)), `${word} broken at ${cut}`).toBe(false);
        }
      }
    }
  });

  it('lists the recommendations exactly as scoring ranks them', () => {
    // Codes such as LF3.3 are tags under the title, not its start.
    const expected = assess(bank, hostileFile().answers).recommendations.map(
      (r, i) => `${i + 1}. ${titles[r.id]!.title}`,
    );
    let from = 0;
    for (const title of expected) {
      const at = hostile.text.indexOf(title, from);
      expect(at, title).toBeGreaterThanOrEqual(from);
      from = at + title.length;
    }
    expect(hostile.text).toContain('1. Brug fælles innovationsplatforme, hvor de findes LF3.3 · ');
    expect(hostile.text).not.toMatch(/\d\. LF\d/);
  });

  it('sets only the questions the organisation was asked beside the national figure', () => {
    // The state agency is only exploring GenAI, so it is not asked to evaluate GenAI's effect.
    expect(plain.text).toContain('Guidelines for GenAI');
    expect(plain.text).not.toContain('Evaluation of GenAI');
  });

  it("sets the CO2 targets beside the organisation's own sector, as the report gives it", () => {
    expect(plain.text.replace(/\s+/g, ' ')).toContain(
      '6% of state bodies answered “to a high degree”, against 30% of all public organisations',
    );
  });

  it('keeps Danish letters intact', () => {
    expect(hostile.text).toContain('Ærø Søby Å Kommune');
    expect(hostile.text).toContain('Linje 1: æøå ÆØÅ “citat” –');
    expect(hostile.text).toContain('Bæredygtighed og ESG');
  });

  it('renders a 200-character name, long notes and characters outside the font without garbling what follows', () => {
    expect(hostile.text).toContain('Ærø Søby Å Kommune >= v -> Lódz ? Langt navn');
    expect(hostile.text).toContain('Linje 20: æøå ÆØÅ “citat” –');
    expect(hostile.text).not.toContain('Linje 21:');
    expect(hostile.text).toContain('[Noten er forkortet her; hele noten står i svarfilen.]');
    expect((hostile.text.match(/y{5,}/g) ?? []).join('').length).toBe(1500);
    expect(hostile.text).toContain('<script>alert(1)</script> =HYPERLINK("x") abc');
    expect(hostile.text).toContain('Metode og kilder');
    expect(hostile.text.split('Parat · ').length - 1).toBe(hostile.pages.length);
  });

  it('has a sane number of pages, each numbered in the running footer', () => {
    expect(plain.pages.length).toBeGreaterThanOrEqual(8);
    expect(plain.pages.length).toBeLessThanOrEqual(40);
    expect(hostile.pages.length).toBeLessThanOrEqual(60);
    plain.pages.forEach((page, i) => {
      expect(page.items.map((item) => item.text).join(' ')).toContain(`page ${i + 1} of ${plain.pages.length}`);
    });
  });

  it('stays short when every note is a page of blank lines', async () => {
    const file = loadFixture('large-region-rpa');
    const blank = '\n'.repeat(9_000);
    const notes = Object.fromEntries(Object.keys(file.answers).map((id) => [id, `Start${blank}Slut`]));
    const pdf = await readPdf(createReport(bank, { ...file, notes }, da, 'da', '22. november 2026'));
    expect(pdf.pages.length).toBeLessThanOrEqual(40);
    expect(pdf.text).toContain('Start Slut');
  });

  it('keeps each heading of the answers appendix on the page where its table starts', async () => {
    // A long note on the first barrier question makes its row too tall for the space left under "Kompetencer".
    const file = loadFixture('large-region-rpa');
    const note = Array.from(
      { length: 120 },
      (_, i) => `Linje ${i + 1}: æøå drøftet på workshoppen med mange ord for at fylde`,
    ).join('\n');
    const pdf = await readPdf(
      createReport(bank, { ...file, notes: { 'skills-technology-choice': note } }, da, 'da', '22. november 2026'),
    );
    const titles = new Set(bank.sections.map((s) => da(`bank:sections.${s.id}.title`)));
    const appendix = pdf.outline.find((o) => o.title.startsWith('Bilag B'))!.page;
    let checked = 0;
    for (const page of pdf.pages.slice(appendix - 1)) {
      for (const heading of page.items.filter((i) => titles.has(i.text.trim()) && i.height > 11)) {
        const header = page.items.find((i) => i.text.trim() === 'Spørgsmål' && i.y < heading.y);
        expect(header, `"${heading.text}" stands alone at the foot of its page`).toBeDefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('keeps all text inside the margins of A4', () => {
    const { margin } = layout.page;
    for (const pdf of [plain, hostile]) {
      for (const page of pdf.pages) {
        expect(Math.round(page.width)).toBe(595);
        expect(Math.round(page.height)).toBe(842);
        for (const item of page.items.filter((i) => i.text.trim() !== '')) {
          expect(item.x, item.text).toBeGreaterThanOrEqual(margin * mmToPt - 0.5);
          expect(item.x + item.width, item.text).toBeLessThanOrEqual(page.width - margin * mmToPt + 0.5);
          expect(item.y, item.text).toBeGreaterThanOrEqual(8 * mmToPt);
          expect(item.y, item.text).toBeLessThanOrEqual(page.height - margin * mmToPt);
        }
      }
    }
  });
});
