// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { ErrorSummary } from '../../src/components/ErrorSummary';
import { StepIndicator } from '../../src/components/StepIndicator';
import { QuestionField } from '../../src/features/questionnaire/QuestionField';
import { renderWithApp } from './render';

afterEach(cleanup);

const question = (id: string) => bank.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
const noRegister = (name: string) => ({ name, onChange: async () => {}, onBlur: async () => {}, ref: () => {} });

describe('QuestionField', () => {
  it('asks a scale question as a fieldset with the question as legend and five radio buttons, none chosen', () => {
    renderWithApp(
      <QuestionField question={question('task-volume')} number={3} hasNote={false} register={noRegister} />,
    );
    const group = screen.getByRole('group', { name: /Spørgsmål 3\. I hvilken grad har I for få ensartede opgaver/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('li')?.textContent)).toEqual([
      'I høj grad',
      'I nogen grad',
      'I lav grad',
      'Slet ikke',
      'Ved ikke',
    ]);
    expect(radios.some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(within(group).getByText(/Særligt mindre organisationer/)).toBeTruthy();
  });

  it('shows its own error message above the options and ties it to the group', () => {
    renderWithApp(
      <QuestionField
        question={question('sector')}
        number={1}
        error="Vælg, hvilken slags organisation I er"
        hasNote={false}
        register={noRegister}
      />,
    );
    const group = screen.getByRole('group', { name: /Hvilken slags organisation er I\?/ });
    const message = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('Fejl: Vælg, hvilken slags organisation I er');
  });

  it('offers an optional note with a label naming the question', () => {
    renderWithApp(<QuestionField question={question('task-volume')} number={1} hasNote register={noRegister} />);
    expect(screen.getByLabelText('Note til »Opgavevolumen«')).toBeTruthy();
  });

  it('keeps the note open while it is emptied and retyped, so the keystrokes reach it', () => {
    function Emptied() {
      const [hasNote, setHasNote] = useState(true);
      return (
        <>
          <button onClick={() => setHasNote(false)}>Tøm noten</button>
          <QuestionField question={question('task-volume')} number={1} hasNote={hasNote} register={noRegister} />
        </>
      );
    }
    renderWithApp(<Emptied />);
    expect(document.querySelector('details')?.open).toBe(true);
    fireEvent.click(screen.getByText('Tøm noten'));
    expect(document.querySelector('details')?.open).toBe(true);
  });

  it('says how much of a paste was left out when it is longer than a note may be', () => {
    renderWithApp(<QuestionField question={question('task-volume')} number={1} hasNote register={noRegister} />);
    const note = screen.getByLabelText('Note til »Opgavevolumen«');
    fireEvent.paste(note, { clipboardData: { getData: () => 'x'.repeat(100_000) } });
    expect(screen.getByRole('status').textContent).toBe(
      'Det indsatte var for langt: en note kan højst have 10.000 tegn, så de sidste 90.000 tegn kom ikke med. ' +
        'Forkort teksten, eller gem den et andet sted.',
    );
    expect(note.getAttribute('aria-describedby')).toContain(screen.getByRole('status').id);
  });
});

describe('ErrorSummary', () => {
  it('names the number of problems and moves focus to the field a link names', () => {
    renderWithApp(
      <>
        <ErrorSummary ref={null} errors={[{ target: 'field-a', message: 'Vælg et svar om »A«' }]} />
        <input id="field-a" aria-label="A" />
      </>,
    );
    expect(screen.getByRole('alert').querySelector('h2')?.textContent).toBe('Der er et spørgsmål, I skal svare på');
    fireEvent.click(screen.getByRole('link', { name: 'Vælg et svar om »A«' }));
    expect(document.activeElement?.id).toBe('field-a');
  });
});

describe('StepIndicator', () => {
  it('marks the current step, links the reachable ones and leaves the rest as text', () => {
    renderWithApp(
      <StepIndicator
        currentId="b"
        steps={[
          { id: 'a', title: 'Første', href: '#/step/a', reachable: true, done: true },
          { id: 'b', title: 'Anden', href: '#/step/b', reachable: true, done: false },
          { id: 'c', title: 'Tredje', href: '#/step/c', reachable: false, done: false },
        ]}
      />,
    );
    expect(screen.getByText('Trin 2 af 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Anden/ }).getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('link', { name: /^1 ?Første ?\(udfyldt\)$/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Tredje/ })).toBeNull();
  });
});
