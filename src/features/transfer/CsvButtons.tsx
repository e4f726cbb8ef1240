import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import type { AssessmentResult } from '../../../scoring';
import { useStore } from '../../state/context';
import { datedName, downloadText } from '../../state/download';
import { answersCsv, resultsCsv } from './csv-export';

/** The answers and the results as CSV files that open correctly in Danish Excel. */
export function CsvButtons({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation();
  const store = useStore();
  const save = (stem: string, csv: string) =>
    downloadText(datedName(stem, 'csv', new Date().toISOString()), csv, 'text/csv;charset=utf-8');
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => save(t('files.answersStem'), answersCsv(bank, store.toFile(), t))}
      >
        {t('transfer.csvAnswers')}
      </button>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => save(t('files.resultsStem'), resultsCsv(result, t))}
      >
        {t('transfer.csvResults')}
      </button>
    </>
  );
}
