import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { TFunction } from 'i18next';
import { printable } from '../format/printable';
import { createTranslator, defaultLanguage, isLanguage, type Language } from '../i18n';

/** What a command prints and its exit code: 0 on success, 2 when the input is refused. */
export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export const refuse = (message: string): CommandOutput => ({ code: 2, stdout: '', stderr: `${message}\n` });

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses the command line. The language is read first, so that every other complaint about the arguments is
 * already in the user's language.
 */
export function parseCommandLine(
  argv: string[],
  options: Options,
  usageKey: string,
):
  | { t: TFunction; language: Language; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { t: TFunction; error: string } {
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const requested = langIndex < 0 ? undefined : (argv[langIndex]?.split('=')[1] ?? argv[langIndex + 1]);
  const language = isLanguage(requested) ? requested : defaultLanguage;
  const t = createTranslator(language);
  if (requested !== undefined && !isLanguage(requested)) {
    return { t, error: t('cli:argument.language', { value: requested }) };
  }
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { lang: { type: 'string' }, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { t, language, values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const option = /'([^']+)'/.exec(String(error))?.[1] ?? String(error);
    return { t, error: t('cli:argument.unknown', { option, usage: t(usageKey) }) };
  }
}

/** Runs a command when its file is the script Node was started with, and exits with its code. */
export async function runIfMain(
  moduleUrl: string,
  command: (argv: string[]) => CommandOutput | Promise<CommandOutput>,
): Promise<void> {
  const entry = process.argv[1];
  if (!entry || realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  const output = await command(process.argv.slice(2));
  // Everything printed passes one guard: names and ids from a file are the user's, not the terminal's commands.
  process.stdout.write(printable(output.stdout));
  process.stderr.write(printable(output.stderr));
  process.exitCode = output.code;
}
