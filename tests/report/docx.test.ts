import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { createTranslator } from '../../src/i18n';
import { createDocx } from '../../src/report/docx';
import { loadFixture } from '../fixtures';

const hostile = '<script>alert(1)</script> & "=HYPERLINK()"\u0007';
const file: AnswersFile = {
  ...loadFixture('large-region-rpa'),
  targets: { 'barriers-architecture': 60 },
  plan: {
    'case-topdanmark': {
      title: 'Stabil drift af robotterne',
      recommendation: 'case-topdanmark',
      areas: ['technology-rpa'],
      responsible: 'IT-driften',
      deadline: '2027-03-31',
      status: 'in-progress',
    },
    'own-1': { title: 'Æblegrød, øl og ål på Ærø', areas: [], status: 'not-started', note: hostile },
  },
};

async function read(language: 'da' | 'en') {
  const bytes = await createDocx(bank, file, createTranslator(language), language, '24. november 2026');
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)!.async('string');
  return { document: await text('word/document.xml'), styles: await text('word/styles.xml') };
}

/** The paragraphs of a style, as plain text. */
const styled = (xml: string, style: string) =>
  [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)]
    .map((m) => m[1]!)
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1]).join(''));

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1]!);
const rows = (table: string) =>
  [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) =>
    [...m[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) =>
      [...c[1]!.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1]).join(''),
    ),
  );

describe('the Word document', () => {
  it('has Word heading styles for its chapters, so Word’s navigation and a PDF export have them', async () => {
    const { document, styles } = await read('da');
    expect(styled(document, 'Title')).toEqual(['Resultat for Region Østerhavn']);
    expect(styled(document, 'Heading1')).toEqual(['Ledelsesresumé', 'Handlingsplan', 'Kilder']);
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:val="da-DK"');
  });

  it('holds the plan as a table with a header row, in the plan’s order, Danish letters intact', async () => {
    const { document } = await read('da');
    const plan = tables(document).find((t) => t.includes('Ansvarlig (person eller enhed)'))!;
    expect(plan).toMatch(/^<w:tblPr>.*?<\/w:tblPr>.*?<w:tr><w:trPr><w:tblHeader\/>/s);
    expect(rows(plan)).toEqual([
      ['Nr.', 'Handling', 'Ansvarlig (person eller enhed)', 'Frist', 'Status'],
      ['1', 'Stabil drift af robotterne', 'IT-driften', '31. marts 2027', 'I gang'],
      ['2', 'Æblegrød, øl og ål på Ærø', 'ingen ansvarlig', 'ingen frist', 'Ikke startet'],
    ]);
  });

  it('keeps hostile text as text, and drops only the characters Word cannot hold', async () => {
    const { document } = await read('en');
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;=HYPERLINK()&quot;');
    expect(document).not.toContain('<script>');
    expect(document).not.toContain('\u0007');
    expect(styled(document, 'Heading1')).toEqual(['Management summary', 'Action plan', 'Sources']);
  });
});
