// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bank } from '../../questions';
import type { Decisions } from '../../questions/decisions';
import { combine, compareRoles, decide, type RoleComparison } from '../../scoring';
import { Deck } from '../../src/features/workshop/deck/Deck';
import { deckQuestions, deckSlides } from '../../src/features/workshop/deck/slides';
import { renderWithApp } from '../components/render';
import { loadFixture } from '../fixtures';

afterEach(cleanup);
beforeAll(() => {
  // jsdom has the dialog element but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const names = ['small-municipality-starting', 'large-region-rpa', 'state-agency-ml-legal'] as const;
const answers = names.map((n) => loadFixture(n).answers);
const combined = combine(bank, answers);
const noRoles = compareRoles(bank, []);
const questionText = (id: string) =>
  ({
    'data-storage-rules':
      'I hvilken grad er I i tvivl om reglerne for opbevaring af data, fx hvor længe data må gemmes, databehandleraftaler og brug af cloud?',
    'data-use-proportionality':
      'I hvilken grad er I i tvivl om, hvad I må bruge data til, og om I har hjemmel til at samkøre data?',
    'legal-responsibility':
      'I hvilken grad er I i tvivl om, hvem der har det juridiske ansvar, når en teknologi forbereder eller træffer beslutninger?',
  })[id];

const open = (
  { decisions = {}, onDecide = vi.fn(), roles = noRoles } = {} as {
    decisions?: Decisions;
    onDecide?: () => void;
    roles?: RoleComparison;
  },
) =>
  renderWithApp(
    <Deck
      workshop={decide(bank, combined, decisions)}
      roles={roles}
      name="Bakkedal Kommune"
      joinAddress="https://parat.example.dk/#/join"
      onDecide={onDecide}
      onClose={() => {}}
    />,
  );
/** The slide on screen: every slide is drawn, and all but one hidden. */
const shown = () => document.querySelector('.parat-deck-slide:not([hidden])')!;
const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });

describe('the deck', () => {
  it('opens on the overview, saying which way is better, then the most disputed questions in full', () => {
    open();
    expect(heading()).toBe('Overblik');
    expect(screen.getByText('Barrierer og teknologier: højere er mere pres')).toBeTruthy();
    expect(screen.getByText('Modenhed: højere er bedre')).toBeTruthy();
    const seen = [1, 2, 3].map(() => {
      press('ArrowRight');
      return heading();
    });
    expect(seen).toEqual(['data-storage-rules', 'data-use-proportionality', 'legal-responsibility'].map(questionText));
    expect(screen.getByText(/Uenighed 3 af \d+ · Juridiske afklaringer · »I høj grad« er mest pres/)).toBeTruthy();
  });

  it('goes back and forth, to the first and last slide, and to a slide by its number, as a remote does', () => {
    open();
    press('PageDown');
    expect(heading()).toBe(questionText('data-storage-rules'));
    press('PageUp');
    press('ArrowLeft');
    expect(heading()).toBe('Svar på Parat');
    press('ArrowLeft');
    expect(heading()).toBe('Svar på Parat');
    press('End');
    expect(heading()).toBe('Her er I enige');
    press('Home');
    expect(heading()).toBe('Svar på Parat');
    press('5');
    press('Enter');
    expect(heading()).toBe(questionText('legal-responsibility'));
    expect(document.querySelector('.parat-deck-controls [aria-live]')?.textContent).toMatch(/^5 af \d+$/);
  });

  it('blanks the screen with B and shows it again with B or the next move', () => {
    open();
    press('b');
    expect(document.querySelectorAll('.parat-deck-slide:not([hidden])')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Skærmen er sort. Tryk B for at vise den igen.');
    press('B');
    expect(document.querySelectorAll('.parat-deck-slide:not([hidden])')).toHaveLength(1);
    press('.');
    press('ArrowRight');
    expect(document.querySelectorAll('.parat-deck-slide:not([hidden])')).toHaveLength(1);
    expect(heading()).toBe(questionText('data-storage-rules'));
  });

  it('records the group’s decision on a question from its slide, and typing the note changes no slide', () => {
    const onDecide = vi.fn();
    open({ onDecide });
    press('ArrowRight');
    fireEvent.click(screen.getByRole('button', { name: 'Registrér beslutning' }));
    const dialog = screen.getByRole('dialog', { name: 'Gruppens beslutning' });
    fireEvent.click(within(dialog).getByLabelText('I lav grad'));
    const note = within(dialog).getByLabelText('Note fra drøftelsen (valgfri)');
    fireEvent.change(note, { target: { value: 'Afklaret med DPO' } });
    fireEvent.keyDown(note, { key: 'ArrowRight' });
    fireEvent.keyDown(within(dialog).getByLabelText('I lav grad'), { key: 'b' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem beslutningen' }));
    expect(onDecide).toHaveBeenCalledWith('data-storage-rules', { answer: 'low', note: 'Afklaret med DPO' });
    expect(heading()).toBe(questionText('data-storage-rules'));
  });

  it('shows a recorded decision on its slide instead of the median', () => {
    open({ decisions: { 'data-storage-rules': { answer: 'low', note: 'Afklaret med DPO' } } });
    press('ArrowRight');
    expect(screen.getByText('Aftalt:').textContent).toBe('Aftalt: I lav grad');
    expect(screen.getByText('Afklaret med DPO')).toBeTruthy();
    press('ArrowRight');
    expect(shown().querySelector('.parat-deck-decision p')?.textContent).toBe(
      'Gruppens svar nu (medianen): I høj grad',
    );
  });
});

describe('the deck’s slides', () => {
  it('take the most disputed questions one by one and name the rest together, and one slide for the areas agreed', () => {
    const slides = deckSlides(bank, decide(bank, combined, {}), noRoles);
    expect(slides.filter((s) => s.kind === 'question')).toHaveLength(deckQuestions);
    const more = slides.find((s) => s.kind === 'more');
    expect(more?.kind === 'more' && more.questionIds.length).toBeGreaterThan(0);
    expect(slides.filter((s) => s.kind === 'agreed')).toHaveLength(1);
  });

  it('give a question decided beyond the deck’s own a slide, and compare roles only where two have a group', () => {
    const far = 'esg-direction';
    const slides = deckSlides(bank, decide(bank, combined, { [far]: { answer: 'high' } }), noRoles);
    expect(slides.some((s) => s.kind === 'question' && s.questionId === far && s.rank === undefined)).toBe(true);
    expect(slides.some((s) => s.kind === 'more' && s.questionIds.includes(far))).toBe(false);
    expect(slides.some((s) => s.kind === 'roles')).toBe(false);
    const roles = compareRoles(
      bank,
      [...answers, ...answers].map((a, i) => ({ role: i < 3 ? 'Ledelse' : 'IT', answers: a })),
    );
    expect(deckSlides(bank, decide(bank, combined, {}), roles).at(-1)?.kind).toBe('roles');
  });
});
