import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { makePeerPack } from '../../scoring';
import { assessCommand } from '../../src/cli/assess';
import { createTranslator } from '../../src/i18n';
import { createDocx } from '../../src/report/docx';
import { loadFixture } from '../fixtures';
import { organisationFile, recordOf, thirtyThree } from '../scoring/peer-organisations';
import { regionYears, unitFile } from '../scoring/series';
import { readPdf } from './read-pdf';

const dir = mkdtempSync(join(tmpdir(), 'parat-series-report-'));
const save = (name: string, content: object) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};
const { y2024, y2025, y2026 } = regionYears();

describe('the report with a trend, units or a peer pack', () => {
  it('has the trend as a chapter after the summary, from assess --trend --pdf, of the latest assessment', async () => {
    const out = join(dir, 'trend.pdf');
    const paths = [save('2026.json', y2026), save('2024.json', y2024), save('2025.json', y2025)];
    const { code } = await assessCommand(['--trend', ...paths, '--pdf', out]);
    expect(code).toBe(0);
    const pdf = await readPdf(readFileSync(out));
    const titles = pdf.outline.map((o) => o.title);
    expect(titles.slice(0, 2)).toEqual(['Ledelsesresumé', 'Udviklingen']);
    const page = pdf.outline[1]!.page;
    const text = pdf.pages
      .slice(page - 1, page + 2)
      .flatMap((p) => p.items.map((i) => i.text))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Modenhed pr. område');
    expect(text).toMatch(/Cybersikkerhed og NIS2 79 87 92/);
    expect(text).toContain('Test af beredskabsplanen: Ikke startet (18.11.2024)');
    // Its cover gives the span of the assessments, and where the copy for screen readers is printed from.
    const cover = pdf.pages[0]!.items.map((i) => i.text).join(' ');
    expect(cover).toContain('3 vurderinger, 18.11.2024 til 16.11.2026');
    expect(cover).toContain('Vis udviklingen under Jeres vurderinger');
  });

  it('sets ten yearly assessments out in tables of five dates, so no date or area breaks mid-word', async () => {
    const out = join(dir, 'ten.pdf');
    const paths = Array.from({ length: 10 }, (_, i) =>
      save(`year-${i}.json`, { ...y2026, savedAt: `${2017 + i}-11-16T10:00:00+01:00` }),
    );
    expect((await assessCommand(['--trend', ...paths, '--pdf', out])).code).toBe(0);
    const pdf = await readPdf(readFileSync(out));
    const page = pdf.outline[1]!.page;
    const text = pdf.pages[page - 1]!.items.map((i) => i.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Område 16.11.2017 16.11.2018 16.11.2019 16.11.2020 16.11.2021 Kompetencer');
    expect(text).toContain('Område 16.11.2022 16.11.2023 16.11.2024 16.11.2025 16.11.2026 Kompetencer');
  });

  it('is on the units, named for the organisation and how many, the same whichever order assess --units is given', async () => {
    const municipality = loadFixture('nis2-mature-no-sustainability');
    const paths = ['Teknik og Miljø', 'Børn og Unge', 'Kultur og Fritid'].map((unit, i) =>
      save(`unit-${i}.json`, unitFile(municipality, unit, { 'cyber-mature': ['low', 'high', 'some'][i]! })),
    );
    const texts: string[] = [];
    for (const order of [paths, [...paths].reverse()]) {
      const out = join(dir, 'units.pdf');
      expect((await assessCommand(['--units', ...order, '--pdf', out])).code).toBe(0);
      const pdf = await readPdf(readFileSync(out));
      expect(pdf.title).toContain('Vestkyst Forsyningskommune – 3 enheder');
      expect(pdf.outline.map((o) => o.title)).toEqual(['Enhederne side om side', 'Metode og kilder']);
      expect(pdf.text).toContain('Her adskiller enhederne sig mest');
      // Its cover says what it is: the units side by side, not one organisation's report on its barriers.
      expect(pdf.text).toContain('organisationens enheder side om side');
      expect(pdf.text).toContain('Åbn Jeres vurderinger i Parat, vælg enhederne');
      expect(pdf.text).not.toContain('barrierer for at tage ny teknologi i brug');
      // Each kind of score in a table of its own, headed with the way it reads, and each unit's date.
      expect(pdf.text).toContain('Barrierer pr. kategori – højere er mere pres');
      expect(pdf.text).toContain('Modenhed pr. område – højere er bedre');
      expect(pdf.text).toMatch(/Vurderet: .*Teknik og Miljø \d\d\.\d\d\.\d{4}/);
      texts.push(pdf.text);
    }
    expect(texts[1]).toBe(texts[0]);
  });

  it('has organisations like you beside the national figures in the PDF and in the Word document', async () => {
    const made = makePeerPack(bank, thirtyThree().map(recordOf), { minimum: 5, madeIn: '2026-11' });
    if (!made.ok) throw new Error(made.problem.code);
    const me = organisationFile('Midtby Kommune', 'municipality', '10000-plus', 4242);
    const packPath = save('pack.json', made.pack);
    const out = join(dir, 'peers.pdf');
    expect((await assessCommand([save('me.json', me), '--benchmark', packPath, '--pdf', out])).code).toBe(0);
    const pdf = await readPdf(readFileSync(out));
    const titles = pdf.outline.map((o) => o.title);
    expect(titles.indexOf('Organisationer som jer')).toBe(titles.indexOf('Ved siden af landstallet') + 1);
    expect(pdf.text).toContain('kommuner i pakken fra en ukendt afsender (n = 25)');

    const docx = await createDocx(bank, me, createTranslator('da'), 'da', '24. november 2026', { pack: made.pack });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1]).join('');
    expect(text).toContain('Organisationer som jer');
    expect(text).toContain('(n = 25)');
  });
});
