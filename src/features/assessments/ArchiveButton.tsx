import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/locale';
import { href } from '../../routing';
import { useStore } from '../../state/context';

/**
 * "Gem som afsluttet vurdering": keeps a dated, read-only copy of the answers, notes and plan in this browser, for
 * "Jeres vurderinger" and next year's trend, dated when it was answered. Saving it again says so and adds no copy.
 * The archive's code loads on the click.
 */
export function ArchiveButton() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'already-saved' | 'failed'>('idle');
  const [date, setDate] = useState('');
  const save = async () => {
    setStatus('saving');
    try {
      const [{ openArchive }, { saveFinished }] = await Promise.all([
        import('../../state/archive'),
        import('./save-finished'),
      ]);
      const archive = await openArchive();
      if (!archive) throw new Error('no archive');
      const file = store.toAssessmentFile();
      setDate(formatDate(file.savedAt ?? '', i18n.language) ?? '');
      setStatus(await saveFinished(archive, file, new Date().toISOString()));
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div>
      <button
        type="button"
        className="button button-secondary"
        disabled={status === 'saving'}
        onClick={() => void save()}
      >
        {t('series:archive.save')}
      </button>
      <p role="status" className={status === 'failed' ? 'form-error-message' : 'parat-small'}>
        {(status === 'saved' || status === 'already-saved') && (
          <>
            {status === 'saved' ? t('series:archive.saved', { date }) : t('series:archive.alreadySaved', { date })}{' '}
            <a href={href({ page: 'assessments' })}>{t('app:pages.assessments')}</a>
          </>
        )}
        {status === 'failed' && t('series:archive.failed')}
      </p>
    </div>
  );
}
