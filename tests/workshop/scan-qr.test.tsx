// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { bankLayout, compactPrefix } from '../../questions/compact';
import { ScanQr } from '../../src/features/workshop/ScanQr';
import { WorkshopPage } from '../../src/features/workshop/WorkshopPage';
import { renderWithApp } from '../components/render';

/** What the camera shows, frame by frame: a code's text, or a frame the reader fails on. */
let frames: (string | Error)[] = [];

class FakeDetector {
  static getSupportedFormats = async () => ['qr_code'];
  detect = async () => {
    const frame = frames.length > 1 ? frames.shift() : frames[0];
    if (frame instanceof Error) throw frame;
    return frame === undefined ? [] : [{ rawValue: frame }];
  };
}

beforeEach(() => {
  // A camera and the browser's own QR reader, as Chrome has them: jsdom has neither.
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: async () => ({ getTracks: () => [{ stop: () => undefined }] }) },
  });
  Object.assign(window, { BarcodeDetector: FakeDetector });
  Object.defineProperty(HTMLMediaElement.prototype, 'readyState', { configurable: true, get: () => 4 });
  HTMLMediaElement.prototype.play = async () => undefined;
});
afterEach(cleanup);

describe('scanning QR codes', () => {
  it('keeps scanning after a frame the reader fails on and a code that breaks the intake', async () => {
    frames = [new Error('frame lost'), 'PARAT:1:crafted', 'PARAT:1:next'];
    const seen: string[] = [];
    renderWithApp(
      <ScanQr
        onCode={(text) => {
          seen.push(text);
          if (text === 'PARAT:1:crafted') throw new RangeError('Invalid time value');
          return 'Tilføjet: Næste. Klar til den næste.';
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Scan QR-kode' }));
    await waitFor(
      () =>
        expect(screen.getByRole('status').textContent).toBe(
          'QR-koden kunne ikke læses. Hold den næste op, eller bed deltageren sende linket eller filen.',
        ),
      { timeout: 3000 },
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Tilføjet: Næste. Klar til den næste.'), {
      timeout: 3000,
    });
    expect(seen).toEqual(['PARAT:1:crafted', 'PARAT:1:next']);
  });

  it('says a code with no answers holds none, and adds no participant for it', async () => {
    const none = '0'.repeat(bank.sections.flatMap((s) => s.questions).filter((q) => q.type !== 'text').length);
    frames = [`${compactPrefix}${bank.version}:${bankLayout(bank)}:mhsy0u:${none}:::`];
    renderWithApp(<WorkshopPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan QR-kode' }));
    const status = () =>
      screen.getByRole('button', { name: 'Stop kameraet' }).parentElement!.querySelector('[role=status]')!;
    await waitFor(
      () => expect(status().textContent).toMatch(/^QR-koden har ingen svar endnu, så deltageren er ikke tilføjet/),
      {
        timeout: 3000,
      },
    );
    expect(screen.queryByRole('heading', { name: '1 deltager' })).toBeNull();
    expect(localStorage.getItem('parat-workshop')).toBeNull();
  });
});
