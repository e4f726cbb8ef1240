// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { sectorOf } from '../../questions/sectors';
import { assess } from '../../scoring';
import { RecommendationList, recommendationAnchor } from '../../src/features/results/RecommendationList';
import { renderWithApp } from './render';

afterEach(cleanup);

// Answers that trigger the GenAI ethics suggestion, the fifth NIS2 action point through ISO 27001, and the NIS2
// overview with its dated legal note.
const answers = (sector: string) => ({
  sector,
  'genai-ethics': 'low',
  'cyber-iso27001': 'low',
  'nis2-overview': 'not-at-all',
});

/** The results page's list for one answer set, and the text of one recommendation in it. */
function renderFor(sector: string) {
  const given = answers(sector);
  renderWithApp(
    <RecommendationList
      recommendations={assess(bank, given).recommendations}
      gaps={[]}
      sector={sectorOf(given.sector)}
    />,
  );
  return (id: string) => document.getElementById(recommendationAnchor(id))!.closest('li')!;
}

describe('RecommendationList in the organisation’s own words', () => {
  it("names a state body's cooperation committee and tells it that ISO 27001 is required", () => {
    const item = renderFor('state');
    expect(item('genai-discuss-ethics').textContent).toContain('i samarbejdsudvalget (SU)');
    expect(item('genai-discuss-ethics').textContent).not.toContain('MED');
    const iso = item('nis2-use-maturity-gained').textContent;
    expect(iso).toContain('Luk hullet til ISO 27001');
    expect(iso).toContain('obligatorisk i staten');
    expect(iso).not.toContain('Dokumentér jeres sikkerhedsniveau');
  });

  it("names a municipality's MED committee and its citizens, and gives it Rambøll's fifth action point as it is", () => {
    const item = renderFor('municipality');
    expect(item('genai-discuss-ethics').textContent).toContain(
      'i MED-udvalget, fx med konkrete eksempler på brug over for borgere.',
    );
    const iso = item('nis2-use-maturity-gained').textContent;
    expect(iso).toContain('Dokumentér jeres sikkerhedsniveau, fx med ISO 27001');
    expect(iso).not.toContain('obligatorisk');
  });

  it('names the students of an education institution, and both committees where the sector is not given', () => {
    expect(renderFor('education')('genai-discuss-ethics').textContent).toContain('over for studerende');
    cleanup();
    expect(renderFor('')('genai-discuss-ethics').textContent).toContain(
      'samarbejdsudvalget (MED- eller SU-udvalget), fx med konkrete eksempler på brug over for borgere, brugere eller studerende',
    );
  });

  it("prints a law in force since the report after the report's source, apart from it and with its own source", () => {
    const item = renderFor('municipality')('nis2-get-overview');
    const report = item.querySelector('details')!;
    expect(report.textContent).toContain('Kilde: Rambøll');
    expect(report.textContent).not.toContain('NIS2-lov');
    const update = screen.getByText(/Den danske NIS2-lov har været i kraft siden 1\. juli 2025/).closest('div')!;
    expect(item.contains(update)).toBe(true);
    expect(report.compareDocumentPosition(update) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(update.textContent).toContain('Siden rapporten (Parats tilføjelse):');
    expect(update.querySelector('.parat-source')?.textContent).toBe(
      'Kilde: lov nr. 434 af 6. maj 2025 om foranstaltninger til sikring af et højt cybersikkerhedsniveau (NIS 2-loven).',
    );
  });
});
