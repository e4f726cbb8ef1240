import { beforeAll, describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { createTranslator } from '../../src/i18n';
import { createReport } from '../../src/report/create';
import { loadFixture } from '../fixtures';
import { readPdf, type PdfText } from './read-pdf';
import { regionWithPlan } from './region-plan';

const da = createTranslator('da');
const mmToPt = 72 / 25.4;
const pageText = (pdf: PdfText, page: number) =>
  (pdf.pages[page - 1]?.items ?? [])
    .map((i) => i.text)
    .join(' ')
    .replace(/\s+/g, ' ');

describe('the PDF report of a re-assessment', () => {
  it('shows what changed since the earlier assessment', async () => {
    const now = loadFixture('nis2-mature-no-sustainability');
    const earlier = {
      ...now,
      savedAt: '2025-11-20T10:00:00+01:00',
      answers: { ...now.answers, 'cyber-nis2-compliance': 'low' },
    };
    const pdf = await readPdf(createReport(bank, now, da, 'da', '22. november 2026', { earlier }));
    expect(pdf.text).toContain('Udvikling siden den tidligere vurdering');
    expect(pdf.text).toContain('Sammenlignet med Vestkyst Forsyningskommune, gemt 20. november 2025.');
    expect(pdf.text).toContain('Krav i NIS2: fra »I lav grad« til »I høj grad« (bedre)');
    expect(pdf.text).toMatch(/Cybersikkerhed og NIS2 \d+ \d+ \+\d+, bedre/);
    // The verdict on page 2 says what moved.
    expect(pageText(pdf, 2)).toContain(
      'Siden vurderingen 20. november 2025: 1 område er blevet bedre (Cybersikkerhed og NIS2).',
    );
    const without = await readPdf(createReport(bank, now, da, 'da', '22. november 2026'));
    expect(without.text).not.toContain('Udvikling siden den tidligere vurdering');
  });

  it('keeps hostile text in the plan as text', async () => {
    const file = regionWithPlan();
    const own = {
      title: '<script>alert(1)</script> Æblegrød',
      areas: [],
      status: 'dropped' as const,
      reason: 'Ingen budget',
    };
    const pdf = await readPdf(
      createReport(bank, { ...file, plan: { ...file.plan, 'own-9': own } }, da, 'da', '22. november 2026'),
    );
    const plan = pageText(pdf, pdf.outline[1]!.page);
    expect(plan).toContain('<script>alert(1)</script> Æblegrød Begrundelse: Ingen budget');
  });
});

describe('the PDF report of an organisation with a plan', () => {
  const fingerprint = 'c0ffee'.repeat(10).concat('abcd');
  let pdf: PdfText;
  beforeAll(async () => {
    pdf = await readPdf(createReport(bank, regionWithPlan(), da, 'da', '22. november 2026', { fingerprint }));
  });

  it('puts on page 2 the key messages, the Indstilling and all five open actions with their responsible', () => {
    const page2 = pageText(pdf, 2);
    expect(pdf.outline.slice(0, 3).map((o) => [o.title, o.page])).toEqual([
      ['Ledelsesresumé', 2],
      ['Handlingsplan', 3],
      ['Resultater', 4],
    ]);
    expect(page2).toContain('Hovedbudskaber • Generativ kunstig intelligens (GenAI) er jeres svageste område');
    expect(page2).toContain('Indstilling Det indstilles, at ledelsen • godkender handlingsplanen med de 5 åbne');
    for (const row of [
      '1 Robotcertifikater og overvågning af robotterne i drift RPA-teamet i IT-driften 30. april 2027 I gang',
      'Digitaliseringschefen 30. juni 2027 I gang',
      '3 Konsekvensanalyse for GenAI-værktøjerne Databeskyttelsesrådgiveren 28. februar 2027 Ikke startet',
      '4 Budget til robotdrift i budget 2028 Regionsrådet 31. august 2027 Ikke startet',
      '5 Juristen med fra den første idé Juridisk kontor 30. september 2027 Ikke startet',
    ])
      expect(page2).toContain(row);
    expect(page2).not.toMatch(/Forankr robotterne|Egen RPA-platform/);
    expect(page2).toContain('Også anbefalet, endnu ikke i planen • Del viden, og brug andres erfaringer');
  });

  it('gives each action one title everywhere, its closed actions after the open ones in the plan chapter', () => {
    const plan = pageText(pdf, 3);
    expect(plan).toMatch(
      /5 Juristen med fra den første idé .* 6 Forankr robotterne i fagområderne .* 7 Egen RPA-platform/,
    );
    expect(plan).toContain('Skal forbedre: RPA: pres 83.');
    expect(pdf.text).toContain('1. Brug fælles innovationsplatforme til test af leverandørsystemer LF3.3 · ');
    expect(pdf.text).toContain('I planen som nr. 2');
    expect(pdf.text).not.toContain('Brug fælles innovationsplatforme, hvor de findes');
  });

  it('prints the fingerprint of the answers file in the footer of every page', () => {
    for (const [n, page] of pdf.pages.entries()) {
      const footer = page.items
        .filter((i) => i.y < 20 * mmToPt)
        .map((i) => i.text)
        .join(' ');
      expect(footer, `page ${n + 1}`).toContain(`Fingeraftryk af svarfilen (SHA-256): ${fingerprint}`);
    }
  });

  it('marks barrier pressure and maturity in words on each chart, and the organisation’s own targets', () => {
    const results = pageText(pdf, 4);
    expect(results.match(/Højere er mere pres/g)).toHaveLength(2);
    expect(results.match(/Højere er bedre/g)).toHaveLength(1);
    expect(results).toContain('Arkitektur, systemer og data jeres mål: 60');
    expect(results).toMatch(/Cybersikkerhed og NIS2 bedre end de fleste på 5, på niveau på 3 · jeres mål: 95/);
  });
});
