/**
 * FNV-1a (32 bits) over the text's UTF-16 code units, base 36: a short, fast, synchronous label that changes when
 * the text does. It tells versions apart; it proves nothing (a file's fingerprint is a SHA-256).
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}
