import type { TFunction } from 'i18next';
import { jsPDF } from 'jspdf';
import type { Bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import type { WorkshopFile } from '../../questions/workshop-file';
import { assessmentInput, reportModel, type ReportOptions } from './model';
import { renderReport } from './pdf';
import { workshopReportInput } from './workshop-input';
import { workshopReportModel } from './workshop-model';

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

/**
 * The workshop's report as a PDF: the group's answers after the decisions, the disputes and their outcome, the
 * shared plan, and who took part (named only when names are shown). `today` dates a workshop without a date.
 */
export function createWorkshopReport(
  bank: Bank,
  workshop: WorkshopFile,
  t: TFunction,
  language: string,
  today: string,
): ArrayBuffer {
  const input = workshopReportInput(bank, workshop, t, language, today);
  return renderReport(workshopReportModel(input), jsPDF).output('arraybuffer');
}
