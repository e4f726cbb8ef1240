import type { TFunction } from 'i18next';
import { jsPDF } from 'jspdf';
import type { Bank } from '../../questions';
import { answersFormat, type AnswersFile } from '../../questions/answers';
import type { WorkshopResult } from '../../scoring';
import { appVersion } from '../version';
import { reportInput } from './input';
import { assessmentInput, reportModel, type ReportOptions } from './model';
import { renderReport } from './pdf';

/**
 * The PDF report of one answers file, as bytes. The browser loads this module only when a report is asked for,
 * so jsPDF stays out of the first load; the command line imports it directly. With an earlier assessment the
 * report also shows what changed since then; with the file's fingerprint, every page's footer carries it.
 */
export function createReport(
  bank: Bank,
  file: AnswersFile,
  t: TFunction,
  language: string,
  date: string,
  options: ReportOptions = {},
): ArrayBuffer {
  const model = reportModel(assessmentInput(bank, file, t, language, date, options));
  return renderReport(model, jsPDF).output('arraybuffer');
}

/** The group report of a workshop: the group's answers and result, with the spread and the points to discuss. */
export function createWorkshopReport(
  bank: Bank,
  workshop: WorkshopResult,
  t: TFunction,
  language: string,
  date: string,
): ArrayBuffer {
  const file: AnswersFile = {
    format: answersFormat,
    bankVersion: bank.version,
    answers: {
      ...workshop.groupAnswers,
      'organisation-name': t('report:workshopName', { count: workshop.participants }),
    },
  };
  const input = reportInput({ bank, file, result: workshop.group, t, language, date, appVersion }, { workshop });
  return renderReport(reportModel(input), jsPDF).output('arraybuffer');
}
