import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { assess } from '../../scoring';
import { type CommandOutput, parseCommandLine, refuse, runIfMain } from './command';
import { createReport } from '../report/create';
import { summaryText } from './summary';

// Same limit as the app's import: an answers file with every note full is far below it.
const maxFileMegabytes = 5;

/** `npm run assess -- FILE [--lang da|en] [--json OUT] [--pdf OUT.pdf]`: scores an answers file, prints a summary. */
export function assessCommand(argv: string[]): CommandOutput {
  const parsed = parseCommandLine(argv, { json: { type: 'string' }, pdf: { type: 'string' } }, 'cli:usage.assess');
  if ('error' in parsed) return refuse(parsed.error);
  const { t, language, values, positionals } = parsed;
  const usage = t('cli:usage.assess');
  const [file, ...extra] = positionals;
  if (file === undefined) return refuse(t('cli:argument.missingFile', { usage }));
  if (extra.length > 0) return refuse(t('cli:argument.tooManyFiles', { usage }));

  let text: string;
  try {
    if (statSync(file).size > maxFileMegabytes * 1024 * 1024) {
      return refuse(t('cli:file.tooLarge', { file, limit: maxFileMegabytes }));
    }
    text = readFileSync(file, 'utf8');
  } catch {
    return refuse(t('cli:file.unreadable', { file }));
  }

  const reading = readAnswersFile(text, bank);
  if (!reading.ok) {
    const { code, ...details } = reading.problem;
    const ids = 'ids' in details ? details.ids.slice(0, 5).join(', ') : undefined;
    return refuse(t(`cli:file.${code}`, { file, current: bank.version, ...details, ids }));
  }

  const result = assess(bank, reading.file.answers);
  let stdout = summaryText(bank, result, reading.file.answers['organisation-name'], t);
  if (typeof values.json === 'string') {
    try {
      writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
    } catch {
      return refuse(t('cli:file.unwritable', { file: values.json }));
    }
    stdout += `\n${t('cli:summary.saved', { file: values.json })}\n`;
  }
  if (typeof values.pdf === 'string') {
    const date = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long' }).format(
      new Date(),
    );
    try {
      writeFileSync(values.pdf, Buffer.from(createReport(bank, reading.file, t, language, date)));
    } catch {
      return refuse(t('cli:file.unwritable', { file: values.pdf }));
    }
    stdout += `\n${t('cli:summary.savedPdf', { file: values.pdf })}\n`;
  }
  return { code: 0, stdout, stderr: '' };
}

runIfMain(import.meta.url, assessCommand);
