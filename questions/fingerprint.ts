import type { AnswersFile } from './answers';

/**
 * JSON in one canonical spelling: object keys sorted by code unit, no whitespace, undefined fields left out. Two
 * values with the same content give the same text, whatever order their keys were written in. Pure, so the browser
 * (WebCrypto) and the command line (node:crypto) hash the very same bytes.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The fields of an answers file the fingerprint covers, in addition to the bank version. */
export const fingerprintFields = ['answers', 'notes', 'targets', 'plan', 'evidence'] as const;

const isEmpty = (value: unknown) =>
  value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/**
 * What the fingerprint of an answers file is taken over: the bank version and the content an assessment is made of
 * (answers, notes, targets, plan and evidence). Left out: the save time (saving again is not a change) and the
 * approval (it signs this content, so approving does not change the fingerprint of what was approved). A blank note
 * and an empty field count as absent, as the app saves them, so a file and the app's copy of it give one value.
 */
export function fingerprintContent(file: AnswersFile): Record<string, unknown> {
  const source = file as AnswersFile & Record<string, unknown>;
  const content: Record<string, unknown> = { bankVersion: file.bankVersion };
  for (const field of fingerprintFields) {
    const value =
      field === 'notes'
        ? Object.fromEntries(Object.entries(file.notes ?? {}).filter(([, note]) => note.trim() !== ''))
        : source[field];
    if (!isEmpty(value)) content[field] = value;
  }
  return content;
}

/** The bytes the SHA-256 fingerprint of an answers file is computed over: its content as canonical JSON in UTF-8. */
export const fingerprintBytes = (file: AnswersFile): Uint8Array =>
  new TextEncoder().encode(canonicalJson(fingerprintContent(file)));

/** A digest as lowercase hexadecimal, as the report and the command line print it. */
export const hex = (bytes: ArrayBuffer | Uint8Array): string =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
