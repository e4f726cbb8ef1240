import { afterEach, describe, expect, it, vi } from 'vitest';
import { maxImportBytes } from '../../src/features/transfer/incoming';
import { readAnswerFiles } from '../../src/features/transfer/read-files';
import { loadFixture } from '../fixtures';

const answersFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('reading the answer files a user chose or dropped', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads each file, in the order given, each with its own verdict', async () => {
    const fixture = loadFixture('small-municipality-starting');
    const read = await readAnswerFiles([
      answersFile('a.json', JSON.stringify(fixture)),
      answersFile('b.json', 'ikke json'),
      answersFile('c.json', `\uFEFF${JSON.stringify({ ...fixture, notes: { sector: 'Æøå 🚀' } })}`),
    ]);
    expect(read.map((r) => r.fileName)).toEqual(['a.json', 'b.json', 'c.json']);
    expect(read[0]?.incoming.ok && read[0].incoming.file).toEqual(fixture);
    expect(read[1]?.incoming).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(read[2]?.incoming.ok && read[2].incoming.file.notes).toEqual({ sector: 'Æøå 🚀' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = answersFile('stor.json', 'x'.repeat(maxImportBytes + 1));
    const text = vi.spyOn(huge, 'text');
    const [read] = await readAnswerFiles([huge]);
    expect(read?.incoming).toEqual({ ok: false, problem: { code: 'too-large' } });
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses only the file the browser cannot read, and still reads the others', async () => {
    const good = answersFile('god.json', JSON.stringify(loadFixture('small-municipality-starting')));
    const gone = answersFile('slettet.json', '{}');
    vi.spyOn(Blob.prototype, 'arrayBuffer').mockRejectedValueOnce(new DOMException('gone', 'NotReadableError'));
    vi.spyOn(gone, 'text').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    const read = await readAnswerFiles([good, gone]);
    expect(read[0]?.incoming.ok).toBe(true);
    expect(read[1]?.incoming).toEqual({ ok: false, problem: { code: 'unreadable' } });
  });
});
