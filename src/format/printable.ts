// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and isolates: what can move
// a terminal's cursor, set its title, clear its screen or make text read backwards.
const unsafe = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text that is safe to print in a terminal: each control character becomes U+FFFD, so a hostile answers file can
 * neither steer the terminal nor hide what it says. `singleLine` also folds line breaks and tabs into spaces, for a
 * value that is printed inside a sentence.
 */
export function printable(text: string, { singleLine = false } = {}): string {
  const safe = text.replace(unsafe, (char) => (char === '\t' || char === '\n' ? char : '\uFFFD'));
  return singleLine ? safe.replace(/[\t\n]/g, ' ') : safe;
}
