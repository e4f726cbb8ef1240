import { bank } from '../../questions';
import { nationalContext } from '../../questions/national-context';
import { parseNationalContext } from '../../questions/national-context-schema';
import { bankCsv, bankMarkdown, bankView } from './bank-view';
import { type CommandOutput, parseCommandLine, refuse, runIfMain } from './command';

const formats = ['json', 'csv', 'md'] as const;

/** `npm run bank -- [--lang da|en] [--format json|csv|md]`: prints the whole question bank. */
export function bankCommand(argv: string[]): CommandOutput {
  const parsed = parseCommandLine(argv, { format: { type: 'string' } }, 'cli:usage.bank');
  if ('error' in parsed) return refuse(parsed.error);
  const { t, language, values, positionals } = parsed;
  if (positionals.length > 0)
    return refuse(t('cli:argument.unknown', { option: positionals[0], usage: t('cli:usage.bank') }));
  const format = values.format ?? 'json';
  if (!formats.includes(format as (typeof formats)[number])) return refuse(t('cli:argument.format', { value: format }));
  // The figures beside the bank are checked here, as the bank is at load: the browser shows them unchecked.
  parseNationalContext(nationalContext, bank);
  const view = bankView(bank, t);
  const stdout =
    format === 'csv'
      ? bankCsv(view, t)
      : format === 'md'
        ? bankMarkdown(view, bank, t, language)
        : `${JSON.stringify(view, null, 2)}\n`;
  return { code: 0, stdout, stderr: '' };
}

runIfMain(import.meta.url, bankCommand);
