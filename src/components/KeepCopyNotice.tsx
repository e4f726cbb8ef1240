import { useTranslation } from 'react-i18next';
import { DownloadAnswersButton } from './DownloadAnswersButton';

/**
 * The answers live only in this browser, and many municipal desktops forget everything at logout: the notice that
 * says so, with the button that saves a copy. The check page and the results page show it.
 */
export function KeepCopyNotice({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`alert alert-info${className ? ` ${className}` : ''}`}>
      <div className="alert-body">
        <p className="alert-text">{t('results.keepCopy')}</p>
        <DownloadAnswersButton />
      </div>
    </div>
  );
}
