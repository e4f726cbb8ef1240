import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { createTranslator } from '../../src/i18n';
import { createDocx } from '../../src/report/docx';
import { cellMargin } from '../../src/report/docx-blocks';
import { arialWidth } from '../../src/report/text-width';
import { loadFixture } from '../fixtures';
import { regionWithPlan } from './region-plan';

const hostile = '<script>alert(1)</script> & "=HYPERLINK()"\u0007';
const fingerprint = 'ab'.repeat(32);
const region = regionWithPlan();
const file: AnswersFile = {
  ...region,
  plan: {
    ...region.plan,
    'own-9': { title: 'Æblegrød, øl og ål på Ærø', areas: [], status: 'not-started', note: hostile },
  },
};

async function read(language: 'da' | 'en', answers: AnswersFile = file) {
  const bytes = await createDocx(bank, answers, createTranslator(language), language, '24. november 2026', {
    fingerprint,
  });
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)!.async('string');
  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    header: await text('word/header1.xml'),
    footer: await text('word/footer1.xml'),
  };
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1]).join('');
/** The paragraphs of a style, as plain text. */
const styled = (xml: string, style: string) =>
  [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)]
    .map((m) => m[1]!)
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map(textOf);

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1]!);
const rows = (table: string) =>
  [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) =>
    [...m[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => textOf(c[1]!)),
  );
const columns = (table: string) => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));

describe('the Word document', () => {
  it('has Word heading styles for its chapters, and refers to no chapter it lacks', async () => {
    const { document, styles } = await read('da');
    const chapters = styled(document, 'Heading1');
    expect(styled(document, 'Title')).toEqual(['Resultat for Region Østerhavn']);
    expect(chapters).toEqual(['Ledelsesresumé', 'Handlingsplan', 'Om handlingerne', 'Kilder']);
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:val="da-DK"');
    const referred = [...textOf(document).matchAll(/kapit(?:let|lerne) »([^«]+)«/g)].map((m) => m[1]);
    expect(referred).toEqual(['Handlingsplan', 'Om handlingerne', 'Om handlingerne']);
    for (const chapter of referred) expect(chapters).toContain(chapter);
    expect(textOf(document)).not.toContain('Her kan I starte');
  });

  it('without a plan, gives the first steps to fill in and describes them in a chapter it has', async () => {
    const { document } = await read('da', loadFixture('large-region-rpa'));
    const chapters = styled(document, 'Heading1');
    expect(chapters).toEqual(['Ledelsesresumé', 'Om handlingerne', 'Kilder']);
    expect(textOf(document)).toContain('Anbefalingerne er beskrevet i kapitlet »Om handlingerne«.');
    expect(rows(tables(document)[0]!)[1]).toEqual(['1', 'Brug fælles innovationsplatforme, hvor de findes', '', '']);
  });

  it('opens with the key messages and the Indstilling, then the open actions', async () => {
    const { document } = await read('da');
    expect(styled(document, 'Heading2').slice(0, 4)).toEqual([
      'Hovedbudskaber',
      'Indstilling',
      'Planens åbne handlinger',
      'Også anbefalet, endnu ikke i planen',
    ]);
    expect(textOf(document)).toContain('Det indstilles, at ledelsengodkender handlingsplanen med de 6 åbne handlinger');
  });

  it('holds the plan as a table in its table style, header row repeated, in the report’s order', async () => {
    const { document, styles } = await read('da');
    const plan = tables(document)[1]!;
    expect(plan).toContain('<w:tblStyle w:val="ParatTabel"/>');
    expect(plan).toMatch(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect(styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="ParatTabel">.*<w:tblStylePr w:type="firstRow">/s);
    expect(rows(plan).map((row) => [row[0], row[4]])).toEqual([
      ['Nr.', 'Status'],
      ['1', 'I gang'],
      ['2', 'I gang'],
      ['3', 'Ikke startet'],
      ['4', 'Ikke startet'],
      ['5', 'Ikke startet'],
      ['6', 'Ikke startet'],
      ['7', 'Gennemført'],
      ['8', 'Droppet'],
    ]);
    expect(rows(plan)[6]![1]).toMatch(/^Æblegrød, øl og ål på Ærø&lt;script&gt;/);
  });

  it('sizes each column to its content: "Nr." narrow and whole, no word of a cell broken', async () => {
    const { document } = await read('da');
    for (const table of tables(document)) {
      const widths = columns(table);
      rows(table).forEach((row, r) =>
        row.forEach((cell, c) => {
          const words = cell.replace(/&[a-z]+;/g, 'x').split(/\s+/);
          const longest = Math.max(...words.map((w) => arialWidth(w, r === 0))) * 200;
          expect(widths[c]!, cell).toBeGreaterThanOrEqual(Math.min(longest + 2 * cellMargin, 0.4 * 9638));
        }),
      );
      expect(widths[0]!).toBeLessThan(0.1 * widths.reduce((a, b) => a + b, 0));
    }
  });

  it('has a header with the organisation, and a footer with page numbers and the fingerprint', async () => {
    const { header, footer } = await read('da');
    expect(textOf(header)).toContain('Region Østerhavn');
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
    expect(textOf(footer)).toContain(`Fingeraftryk af svarfilen (SHA-256): ${fingerprint}`);
  });

  it('keeps hostile text as text, and drops only the characters Word cannot hold', async () => {
    const { document } = await read('en');
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;=HYPERLINK()&quot;');
    expect(document).not.toContain('<script>');
    expect(document).not.toContain('\u0007');
    expect(styled(document, 'Heading1')).toEqual(['Management summary', 'Action plan', 'About the actions', 'Sources']);
  });
});
