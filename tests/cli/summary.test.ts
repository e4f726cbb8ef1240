import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess } from '../../scoring';
import { summaryText } from '../../src/cli/summary';
import { createTranslator } from '../../src/i18n';

describe('the command-line summary', () => {
  it("prints a law in force since the report after the report's source, with its own source", () => {
    const answers = { sector: 'state', 'nis2-overview': 'not-at-all', 'cyber-iso27001': 'low' };
    const lines = summaryText(bank, answers, assess(bank, answers), 'Styrelsen', createTranslator('da')).split('\n');
    const at = (start: string) => lines.findIndex((line) => line.trim().startsWith(start));
    const report = at('Kilde: Rambøll Management Consulting og Dansk IT: IT i praksis 2024-2025, afsnittet om NIS2');
    const update = at('Siden rapporten (Parats tilføjelse): Den danske NIS2-lov');
    expect(report).toBeGreaterThan(0);
    expect(update).toBe(report + 1);
    expect(lines[update + 1]?.trim()).toBe(
      'Kilde: lov nr. 434 af 6. maj 2025 om foranstaltninger til sikring af et højt cybersikkerhedsniveau (NIS 2-loven).',
    );
    // The state's own words for the fifth action point: the standard is required.
    expect(lines.some((line) => line.includes('Luk hullet til ISO 27001'))).toBe(true);
  });
});
