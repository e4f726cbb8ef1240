import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { answersJsonSchema } from '../../questions/answers-json-schema';
import { byDeadline, planLimits, readPlan, type PlanAction } from '../../questions/plan';
import { PlanSchema } from '../../questions/plan-schema';
import { planNoticeText } from '../../src/format/plan-text';
import { createTranslator } from '../../src/i18n';
import { loadFixture } from '../fixtures';

const withPlan = (plan: unknown) => JSON.stringify({ ...loadFixture('large-region-rpa'), plan });
const read = (plan: unknown) => readAnswersFile(withPlan(plan), bank);

describe('the action plan in the answers file', () => {
  it('keeps a plan as it was written: the recommendation, the areas, who, by when, status and note', () => {
    const plan = {
      'case-topdanmark': {
        title: 'Stabil drift af robotterne',
        recommendation: 'case-topdanmark',
        areas: ['technology-rpa'],
        responsible: 'IT-driften',
        deadline: '2027-03-31',
        status: 'in-progress',
        note: 'Aftalt på ledermødet',
      },
      'own-1': { title: 'Egen handling', areas: [], status: 'dropped', reason: 'Ingen budget' },
    };
    const reading = read(plan);
    expect(reading.ok && reading.file.plan).toEqual(plan);
    expect(reading.ok && reading.planNotices).toBeUndefined();
  });

  it('keeps an action whose recommendation is no longer in the bank, as the organisation’s own, and says so', () => {
    const reading = read({
      'lf9-9': { title: 'Gammel anbefaling', recommendation: 'lf9-9', areas: [], status: 'done' },
    });
    expect(reading.ok && reading.file.plan).toEqual({
      'lf9-9': { title: 'Gammel anbefaling', areas: [], status: 'done' },
    });
    expect(reading.ok && reading.planNotices).toEqual([
      { code: 'unknown-recommendation', action: 'lf9-9', recommendation: 'lf9-9' },
    ]);
  });

  it('reads day-first dates and moves a deadline that is no date into the note, keeping its words', () => {
    const reading = read({
      'own-a': { title: 'A', areas: [], status: 'not-started', deadline: '31/12/2026' },
      'own-b': { title: 'B', areas: [], status: 'not-started', deadline: '2026-02-30', note: 'Husk' },
      'own-c': { title: 'C', areas: [], status: 'not-started', deadline: 'efter sommerferien' },
    });
    expect(reading.ok && reading.file.plan).toEqual({
      'own-a': { title: 'A', areas: [], status: 'not-started', deadline: '2026-12-31' },
      'own-b': { title: 'B', areas: [], status: 'not-started', note: 'Husk\n2026-02-30' },
      'own-c': { title: 'C', areas: [], status: 'not-started', note: 'efter sommerferien' },
    });
    expect(reading.ok && reading.planNotices?.map((n) => n.code)).toEqual(['odd-deadline', 'odd-deadline']);
  });

  it('fills in what is missing and says which action it was', () => {
    const reading = read({ 'own-x': { status: 'paused', areas: ['no-such-area', 'barriers-legal'] } });
    expect(reading.ok && reading.file.plan).toEqual({
      'own-x': { title: '', areas: ['barriers-legal'], status: 'not-started' },
    });
    expect(reading.ok && reading.planNotices).toEqual([
      { code: 'missing-title', action: 'own-x' },
      { code: 'unknown-area', action: 'own-x', area: 'no-such-area' },
      { code: 'unknown-status', action: 'own-x', status: 'paused' },
    ]);
  });

  it('keeps hostile text as text, cut to the limit with a notice', () => {
    const hostile = '<img src=x onerror=alert(1)>=HYPERLINK("http://evil")';
    const reading = read({ 'own-h': { title: hostile + 'x'.repeat(400), areas: [], status: 'done' } });
    const title = reading.ok ? reading.file.plan?.['own-h']?.title : '';
    expect(title).toHaveLength(planLimits.title);
    expect(title?.startsWith(hostile)).toBe(true);
    expect(reading.ok && reading.planNotices).toEqual([{ code: 'too-long', action: 'own-h', field: 'title' }]);
  });

  it('names the field that holds a structure, its own toString or nesting 6,000 deep, and keeps the file', () => {
    // As JSON text: JSON.stringify itself would run out of stack on the deep one.
    const deep = `${'['.repeat(6000)}"barriers-legal"${']'.repeat(6000)}`;
    const trick = '{"toString":1}';
    const text = (action: string) => withPlan({ 'own-1': 'ACTION' }).replace('"ACTION"', action);
    const cases: [string, object[]][] = [
      [`{"title":"A","status":${trick}}`, [{ code: 'unknown-status', action: 'own-1', status: '{…}' }]],
      [`{"title":"A","areas":[${trick}]}`, [{ code: 'unknown-area', action: 'own-1', area: '{…}' }]],
      [`{"title":"A","areas":${trick}}`, [{ code: 'unknown-area', action: 'own-1', area: '{…}' }]],
      [`{"title":"A","areas":${deep}}`, [{ code: 'unknown-area', action: 'own-1', area: '[…]' }]],
      [`{"title":"A","deadline":${trick}}`, [{ code: 'odd-deadline', action: 'own-1', deadline: '{…}' }]],
      [
        `{"title":"A","recommendation":${deep}}`,
        [{ code: 'unknown-recommendation', action: 'own-1', recommendation: '[…]' }],
      ],
      [
        `{"title":"A","responsible":${trick},"note":7}`,
        [
          { code: 'not-text', action: 'own-1', field: 'responsible' },
          { code: 'not-text', action: 'own-1', field: 'note' },
        ],
      ],
    ];
    for (const [action, notices] of cases) {
      const reading = readAnswersFile(text(action), bank);
      expect(reading.ok ? reading.planNotices : reading.problem, action.slice(0, 60)).toEqual(notices);
    }
    const da = createTranslator('da');
    const plan = { 'own-1': { title: 'Budget', areas: [], status: 'not-started' as const } };
    expect(planNoticeText({ code: 'not-text', action: 'own-1', field: 'responsible' }, plan, da)).toBe(
      'Feltet »Ansvarlig (person eller enhed)« i »Budget« var ikke tekst og er udeladt.',
    );
  });

  it('refuses a file for the field that is wrong, never as another format, whatever a field holds', () => {
    const deep = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    const hostile = ['{"toString":1}', '{"valueOf":{}}', '[{"toString":null}]', deep(6000), deep(100_000)];
    const head = `"format":"parat-answers","bankVersion":${bank.version}`;
    const places = [
      (v: string) => `{${head},"answers":{"sector":${v}}}`,
      (v: string) => `{${head},"answers":{},"notes":{"sector":${v}}}`,
      (v: string) => `{${head},"answers":{},"targets":{"barriers-legal":${v}}}`,
      (v: string) => `{${head},"answers":{},"savedAt":${v}}`,
      (v: string) => `{"format":"parat-answers","bankVersion":${v},"answers":{}}`,
      (v: string) => `{${head},"answers":${v}}`,
      (v: string) => `{${head},"answers":{},"plan":${v}}`,
      (v: string) => `{${head},"answers":{},"plan":{"own-1":${v}}}`,
      ...['title', 'recommendation', 'areas', 'status', 'responsible', 'deadline', 'reason', 'note'].map(
        (field) => (v: string) => `{${head},"answers":{},"plan":{"own-1":{"${field}":${v}}}}`,
      ),
      (v: string) => `{${head},"answers":{},"plan":{"own-1":{"areas":[${v}]}}}`,
    ];
    for (const place of places) {
      for (const value of hostile) {
        const reading = readAnswersFile(place(value), bank);
        expect(reading.ok ? 'read' : reading.problem.code, place(value).slice(0, 90)).not.toBe('wrong-format');
      }
    }
  });

  it.each([
    ['a list', [{ title: 'A' }]],
    ['text', 'gør noget'],
    ['an action that is no object', { 'own-1': 'A' }],
    ['an id that is no id', { 'Own 1': { title: 'A' } }],
    ['more actions than a plan holds', Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`own-${i}`, {}]))],
  ])('refuses a plan that is %s, naming the plan', (_, plan) => {
    expect(read(plan)).toEqual({ ok: false, problem: { code: 'invalid-field', field: 'plan' } });
  });

  it('opens a version-2 file, which has no plan, in this version', () => {
    const reading = readAnswersFile(JSON.stringify({ ...loadFixture('large-region-rpa'), bankVersion: 2 }), bank);
    expect(reading.ok && reading.migratedFrom).toBe(2);
    expect(reading.ok && reading.file.plan).toBeUndefined();
  });

  it('describes the plan in the JSON Schema', () => {
    const schema = JSON.parse(answersJsonSchema(bank)) as { properties: Record<string, { type?: string }> };
    expect(schema.properties.plan?.type).toBe('object');
    expect(JSON.stringify(schema.properties.plan)).toContain('"not-started"');
  });

  it('reads every plan it keeps into the format the JSON Schema describes', () => {
    // The app checks a plan with readPlan alone; this holds it to plan-schema.ts, which the JSON Schema is made from.
    const recommendation = fc.constantFrom(...bank.recommendations.map((r) => r.id), 'gone-recommendation');
    const area = fc.constantFrom(...bank.sections.map((s) => s.id), 'no-area', 7);
    const text = fc.oneof(fc.string(), fc.string({ minLength: 290, maxLength: 2100 }), fc.integer(), fc.constant(null));
    const action = fc.record(
      {
        title: text,
        recommendation,
        areas: fc.array(area, { maxLength: 4 }),
        responsible: text,
        deadline: fc.oneof(text, fc.constantFrom('2026-12-31', '31.12.2026', '2026-02-30', '1/2/2027')),
        status: fc.oneof(fc.constantFrom('not-started', 'in-progress', 'done', 'dropped'), text),
        reason: text,
        note: text,
      },
      { requiredKeys: [] },
    );
    const plan = fc.dictionary(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), action, { maxKeys: 12 });
    fc.assert(
      fc.property(plan, (raw) => {
        const read = readPlan(raw, bank);
        expect(read).toBeDefined();
        expect(PlanSchema.safeParse(read!.plan).success).toBe(true);
      }),
    );
  });

  it('orders actions by deadline, those without one last, then by title', () => {
    const action = (title: string, deadline?: string): [string, PlanAction] => [
      title,
      { title, areas: [], status: 'not-started', ...(deadline ? { deadline } : {}) },
    ];
    const sorted = [action('c'), action('b', '2027-01-01'), action('a'), action('d', '2026-06-01')]
      .sort(byDeadline)
      .map(([id]) => id);
    expect(sorted).toEqual(['d', 'b', 'a', 'c']);
  });
});
