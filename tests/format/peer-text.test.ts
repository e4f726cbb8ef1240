import { describe, expect, it } from 'vitest';
import type { PeerPack } from '../../questions/peer-pack-schema';
import { packAboutText } from '../../src/format/peer-text';
import { createTranslator } from '../../src/i18n';

const pack = (period: PeerPack['period']): PeerPack => ({
  format: 'parat-peer-pack',
  version: 1,
  bankVersion: 1,
  madeIn: '2026-11',
  ...(period ? { period } : {}),
  files: 30,
  minimum: 5,
  segments: [],
});

describe('what a peer pack says about itself', () => {
  it('names one month once when all its answers were saved in it, and both months otherwise', () => {
    const t = createTranslator('da');
    expect(packAboutText(pack({ from: '2026-10', to: '2026-10' }), t, 'da')[1]).toBe('Svarene er gemt i oktober 2026.');
    expect(packAboutText(pack({ from: '2026-09', to: '2026-10' }), t, 'da')[1]).toBe(
      'Svarene er gemt fra september 2026 til oktober 2026.',
    );
  });
});
