import { useTranslation } from 'react-i18next';
import { useStore } from '../state/context';
import { answersFileNameParts } from '../format/organisation-title';
import { datedName, downloadText } from '../state/download';

/**
 * Downloads the answers and notes as a `parat-answers` file, the format the CLI and a later import read, named after
 * the organisation, the unit and who answered, so a workshop's inbox holds files it can tell apart.
 */
export function DownloadAnswersButton({ className = 'button button-secondary' }: { className?: string }) {
  const { t } = useTranslation();
  const store = useStore();
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        const file = store.toFile();
        downloadText(
          datedName(t('files.answersStem'), 'json', file.savedAt ?? '', answersFileNameParts(file.answers)),
          JSON.stringify(file, null, 2),
          'application/json',
        );
      }}
    >
      {t('files.downloadAnswers')}
    </button>
  );
}
