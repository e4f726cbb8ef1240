// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SendToWorkshopDialog } from '../../src/features/transfer/SendToWorkshopDialog';
import { readShareFragment } from '../../src/features/transfer/share-link';
import { ShareLinkDialog } from '../../src/features/transfer/ShareLinkDialog';
import { renderWithApp } from './render';

afterEach(cleanup);

// jsdom has no modal dialogs: open is enough for what is read here.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

const compression = globalThis.CompressionStream;
afterEach(() => {
  globalThis.CompressionStream = compression;
});

describe('sending the answers to a workshop', () => {
  it('asks who is sending before it makes anything, and keeps the answer as who answered, beside the unit', async () => {
    const { store } = renderWithApp(<SendToWorkshopDialog />);
    store.setAnswer('respondent', 'IT-chef');
    store.setAnswer('unit', 'Teknik og Miljø');
    fireEvent.click(screen.getByRole('button', { name: 'Send til workshoppen' }));
    const who = screen.getByLabelText('Navn eller rolle') as HTMLInputElement;
    expect(who.value).toBe('IT-chef');
    expect(screen.queryByRole('img')).toBeNull();
    fireEvent.change(who, { target: { value: 'Anna' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lav QR-kode og link' })));
    await waitFor(() => expect(screen.getByRole('img', { name: 'QR-kode med jeres svar' })).toBeTruthy());
    expect(store.getState().answers.respondent).toBe('Anna');
    // The link carries what the QR code does: who is sending, and the unit they answered for.
    const link = (screen.getByLabelText('Eller send dette link, fx i en chat') as HTMLInputElement).value;
    const incoming = await readShareFragment(link.slice(link.indexOf('#')));
    expect(incoming.ok && [incoming.file.answers.respondent, incoming.file.answers.unit]).toEqual([
      'Anna',
      'Teknik og Miljø',
    ]);
  });

  it('makes the QR code and the link of an organisation name with half a character (a lone surrogate)', async () => {
    const { store } = renderWithApp(<SendToWorkshopDialog />);
    store.setAnswer('organisation-name', 'Midtby \ud800');
    store.setAnswer('sector', 'municipality');
    fireEvent.click(screen.getByRole('button', { name: 'Send til workshoppen' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lav QR-kode og link' })));
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe('Laver QR-kode og link …'));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('img', { name: 'QR-kode med jeres svar' })).toBeTruthy();
    expect((screen.getByLabelText(/Eller send dette link/) as HTMLInputElement).value).toMatch(/#share=/);
  });

  it('says what to do instead of waiting for ever when the browser cannot make them', async () => {
    // As in a browser without compression streams.
    delete (globalThis as { CompressionStream?: unknown }).CompressionStream;
    renderWithApp(<SendToWorkshopDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Send til workshoppen' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lav QR-kode og link' })));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Parat kunne ikke lave QR-kode og link i denne browser. Download svarene som fil, og send filen til den, der leder workshoppen.',
      ),
    );
    cleanup();
    renderWithApp(<ShareLinkDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Del som link' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lav linket' })));
    expect(screen.getByRole('alert').textContent).toContain('Linket kunne ikke laves');
    expect(screen.getByRole('button', { name: 'Download svarene' })).toBeTruthy();
  });
});
