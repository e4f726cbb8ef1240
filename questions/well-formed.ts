/**
 * Half of a UTF-16 surrogate pair standing alone, as a JSON file can hold (`"\ud800"`): it is no character, so
 * neither a URI nor UTF-8 can carry it, and encodeURIComponent throws on it.
 */
const loneSurrogate = /\p{Cs}/gu;

/** The text with each lone surrogate replaced by U+FFFD, the replacement character, as TextEncoder does. */
export const wellFormed = (text: string) => text.replace(loneSurrogate, '\uFFFD');

/**
 * A file's answers and notes with every text made well-formed, and the ids of the questions whose answer or note
 * had to change, for the import preview to name.
 */
export function repairTexts<File extends { answers: Record<string, unknown>; notes?: Record<string, unknown> }>(
  file: File,
): { file: File; repaired: string[] } {
  const repaired = new Set<string>();
  const repair = (texts: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(texts).map(([id, value]) => {
        if (typeof value !== 'string') return [id, value];
        const fixed = wellFormed(value);
        if (fixed !== value) repaired.add(id);
        return [id, fixed];
      }),
    );
  const answers = repair(file.answers);
  const notes = file.notes && repair(file.notes);
  return { file: { ...file, answers, ...(notes ? { notes } : {}) }, repaired: [...repaired] };
}
