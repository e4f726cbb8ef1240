// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bankVersion } from '../../questions/version';
import { ImportAnswers } from '../../src/features/transfer/ImportAnswers';
import type { Incoming } from '../../src/features/transfer/incoming';
import { IncomingPreview } from '../../src/features/transfer/IncomingPreview';
import { loadFixture } from '../fixtures';
import { MemoryStorage, renderWithApp } from './render';

afterEach(cleanup);

const choose = async (text: string) => {
  const input = screen.getByLabelText('Svarfil');
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], 'svar.json', { type: 'application/json' })] } });
  });
};

describe('importing an answers file', () => {
  it('shows what the file holds and replaces the answers only when the user confirms', async () => {
    const { store } = renderWithApp(<ImportAnswers />);
    store.setAnswer('sector', 'state');
    await choose(JSON.stringify(loadFixture('large-region-rpa')));
    await waitFor(() => screen.getByText('Vil I erstatte jeres svar med disse?'));
    expect(screen.getByText('Organisation: Region Østerhavn')).toBeTruthy();
    expect(screen.getByText('94 svar og 1 note')).toBeTruthy();
    expect(store.getState().answers).toEqual({ sector: 'state' });
    fireEvent.click(screen.getByRole('button', { name: 'Erstat jeres svar' }));
    expect(store.getState().answers.sector).toBe('region');
  });

  it('keeps the answers when the user cancels', async () => {
    const { store } = renderWithApp(<ImportAnswers />);
    store.setAnswer('sector', 'state');
    await choose(JSON.stringify(loadFixture('large-region-rpa')));
    await waitFor(() => screen.getByRole('button', { name: 'Fortryd' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.queryByText('Vil I erstatte jeres svar med disse?')).toBeNull();
    expect(store.getState().answers).toEqual({ sector: 'state' });
  });

  it('says in Danish why a file is refused, and that nothing was changed', async () => {
    const { store } = renderWithApp(<ImportAnswers />);
    store.setAnswer('sector', 'state');
    await choose('{"format":"parat-answers","bankVersion":1,"answers":{"sector":"planet"}}');
    const alert = await waitFor(() => screen.getByRole('alert'));
    expect(alert.textContent).toContain('Filen blev ikke hentet');
    expect(alert.textContent).toContain('Svaret eller noten til spørgsmålet »Type af organisation« er ugyldig.');
    expect(alert.textContent).toContain('Jeres egne svar er ikke ændret.');
    expect(store.getState().answers).toEqual({ sector: 'state' });
  });

  it('says which answer held half a character, and imports it with the replacement character', async () => {
    const { store } = renderWithApp(<ImportAnswers />);
    const file = loadFixture('large-region-rpa');
    await choose(JSON.stringify({ ...file, answers: { ...file.answers, 'organisation-name': 'Region \ud800' } }));
    await waitFor(() => screen.getByText('Vil I erstatte jeres svar med disse?'));
    expect(
      screen.getByText(
        'Svaret eller noten til »Organisationens navn« indeholdt et halvt tegn, som ikke kan gemmes eller sendes. ' +
          'Det er erstattet med et erstatningstegn; ret teksten, hvis det skal stå anderledes.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Erstat jeres svar' }));
    expect(store.getState().answers['organisation-name']).toBe('Region \uFFFD');
  });

  it('says when a file from an older bank version has been brought up to this one', () => {
    const file = loadFixture('large-region-rpa');
    const incoming: Incoming = {
      ok: true,
      file,
      preview: { organisation: 'Region Østerhavn', answers: 87, notes: 1, actions: 0, migratedFrom: bankVersion - 1 },
    };
    renderWithApp(<IncomingPreview incoming={incoming} source="file" onConfirm={() => {}} onCancel={() => {}} />);
    expect(
      screen.getByText(
        `Svarene er lavet med version ${bankVersion - 1} af spørgsmålene og er ført over til version ${bankVersion}, som Parat bruger nu.`,
      ),
    ).toBeTruthy();
    cleanup();
    renderWithApp(
      <IncomingPreview
        incoming={{ ...incoming, preview: { ...incoming.preview, migratedFrom: undefined } }}
        source="file"
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(screen.queryByText(/er ført over til version/)).toBeNull();
  });

  it('never changes the stored answers without confirmation, whatever the file holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.constant(JSON.stringify(loadFixture('nis2-mature-no-sustainability'))),
          fc.constantFrom(
            '<script>alert(1)</script>',
            '=HYPERLINK("x")',
            '{"format":"parat-answers","bankVersion":1,"answers":{"__proto__":1}}',
          ),
        ),
        async (text) => {
          const storage = new MemoryStorage();
          const { store } = renderWithApp(<ImportAnswers />, storage);
          store.setAnswer('sector', 'education');
          const before = storage.getItem('parat');
          await choose(text);
          expect(store.getState().answers).toEqual({ sector: 'education' });
          expect(storage.getItem('parat')).toBe(before);
          cleanup();
        },
      ),
      { numRuns: 40 },
    );
  });
});
