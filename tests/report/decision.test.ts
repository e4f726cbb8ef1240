import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { Block, Chapter } from '../../src/report/blocks';
import { decisionChapter } from '../../src/report/chapters/decision';
import { assessmentInput } from '../../src/report/model';
import { createTranslator } from '../../src/i18n';
import { loadFixture } from '../fixtures';
import { regionWithPlan } from './region-plan';

const da = createTranslator('da');
const chapterOf = (input: ReturnType<typeof assessmentInput>) => decisionChapter(input, () => 'Her kan I starte');
const region = () => assessmentInput(bank, regionWithPlan(), da, 'da', '22. november 2026');

/** The blocks after a heading, up to the next heading. */
const under = (chapter: Chapter, heading: string): Block[] => {
  const start = chapter.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  if (start < 0) return [];
  const end = chapter.blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  return chapter.blocks.slice(start + 1, end < 0 ? undefined : end);
};
const items = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : []));
const tableOf = (blocks: Block[]) => blocks.find((b) => b.kind === 'table')?.table;
const text = (chapter: Chapter) =>
  chapter.blocks
    .flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : b.kind === 'bullets' ? b.items : []))
    .join(' ');

describe('the decision page', () => {
  it('opens with key messages in sentences: the weakest area, the largest barriers, what rests on »Ved ikke«', () => {
    const messages = items(under(chapterOf(region()), 'Hovedbudskaber'));
    expect(messages).toEqual([
      'Generativ kunstig intelligens (GenAI) er jeres svageste område ved siden af landstallet: på 1 af 6 punkter ligger I under de fleste offentlige organisationer (Retningslinjer for GenAI).',
      'Arkitektur, systemer og data er jeres største barriere med et pres på 97 af 100, fulgt af RPA (83 af 100) og 3 andre store barrierer (et pres på mindst 50 af 100).',
      '1 af jeres 74 svar er »Ved ikke« (1 %). Det tæller ikke med i scorerne, så find svaret, før I beslutter noget på det område.',
    ]);
  });

  it('says what has moved since the earlier assessment and how far its plan came, when there is one', () => {
    const file = regionWithPlan();
    const earlier = {
      ...file,
      savedAt: '2025-11-20T10:00:00+01:00',
      answers: { ...file.answers, 'genai-guidelines': 'low' },
      plan: { 'business-anchoring': { ...file.plan!['business-anchoring']!, status: 'in-progress' as const } },
    };
    const input = assessmentInput(bank, file, da, 'da', '22. november 2026', { earlier });
    expect(items(under(chapterOf(input), 'Hovedbudskaber'))).toContain(
      'Siden vurderingen 20. november 2025: 1 område er blevet bedre (Generativ kunstig intelligens (GenAI)). 1 af 1 handlinger i den tidligere plan er gennemført.',
    );
  });

  it('asks management to approve the plan, confirm its owners, weigh what is not in it, and set the next date', () => {
    expect(items(under(chapterOf(region()), 'Indstilling'))).toEqual([
      'godkender handlingsplanen med de 5 åbne handlinger nedenfor',
      'bekræfter de ansvarlige og fristerne ved handlingerne',
      'tager stilling til, om de 2 anbefalinger, der endnu ikke er i planen, skal med',
      'fastsætter datoen for den næste vurdering, fx om et år, så det kan ses, om handlingerne virker',
    ]);
  });

  it('lists the five open actions with who, by when and status, by status and then deadline, and nothing closed', () => {
    const table = tableOf(under(chapterOf(region()), 'Planens åbne handlinger'))!;
    expect(table.body).toEqual([
      [
        '1',
        'Robotcertifikater og overvågning af robotterne i drift',
        'RPA-teamet i IT-driften',
        '30. april 2027',
        'I gang',
      ],
      [
        '2',
        'Brug fælles innovationsplatforme til test af leverandørsystemer',
        'Digitaliseringschefen',
        '30. juni 2027',
        'I gang',
      ],
      [
        '3',
        'Konsekvensanalyse for GenAI-værktøjerne',
        'Databeskyttelsesrådgiveren',
        '28. februar 2027',
        'Ikke startet',
      ],
      ['4', 'Budget til robotdrift i budget 2028', 'Regionsrådet', '31. august 2027', 'Ikke startet'],
      ['5', 'Juristen med fra den første idé', 'Juridisk kontor', '30. september 2027', 'Ikke startet'],
    ]);
  });

  it('lists the first recommendations not yet in the plan apart, by their own titles and without codes', () => {
    const others = items(under(chapterOf(region()), 'Også anbefalet, endnu ikke i planen'));
    expect(others).toEqual(['Del viden, og brug andres erfaringer', 'Lær af Deakin University (machine learning)']);
  });

  it('asks for an owner for each open action that has none', () => {
    const file = regionWithPlan();
    const plan = { ...file.plan!, 'own-1': { ...file.plan!['own-1']!, responsible: undefined } };
    const input = assessmentInput(bank, { ...file, plan }, da, 'da', '22. november 2026');
    expect(items(under(chapterOf(input), 'Indstilling'))).toContain(
      'udpeger en ansvarlig for den handling, der ikke har en',
    );
  });

  it('without a plan, gives the first five steps with the responsible and the deadline left to fill in', () => {
    const chapter = chapterOf(assessmentInput(bank, loadFixture('large-region-rpa'), da, 'da', '22. november 2026'));
    const table = tableOf(under(chapter, 'De fem første skridt'))!;
    expect(table.body.map((row) => row.slice(2))).toEqual(Array(5).fill(['', '']));
    expect(table.body[0]![1]).toBe('Brug fælles innovationsplatforme, hvor de findes');
    expect(items(under(chapter, 'Indstilling'))[0]).toBe(
      'vælger de første handlinger blandt de første skridt nedenfor',
    );
    expect(text(chapter)).toContain('Anbefalingerne er beskrevet i kapitlet »Her kan I starte«.');
  });

  it('shows who approved, and when and with what reservations, and nothing at all without an approval', () => {
    const approval = { name: 'Mette Holm', role: 'Regionsdirektør', date: '1. december 2026', reservations: '' };
    const approved = chapterOf({ ...region(), approval });
    expect(under(approved, 'Godkendelse').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Godkendt af Mette Holm, Regionsdirektør den 1. december 2026.',
      'Uden forbehold.',
    ]);
    expect(text(chapterOf(region()))).not.toMatch(/Godkendelse|Godkendt af|forbehold/i);
  });

  it('says how many answers are documented when the file has evidence, and nothing about it otherwise', () => {
    const documented = chapterOf({ ...region(), evidence: { documented: 40, answered: 73 } });
    expect(items(under(documented, 'Hovedbudskaber')).at(-1)).toMatch(
      /det område\. 40 af de 73 svar med en grad er dokumenteret med en henvisning\.$/,
    );
    expect(text(chapterOf(region()))).not.toContain('dokumenteret');
  });
});
