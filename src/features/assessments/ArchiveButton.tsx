import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../routing';
import { useStore } from '../../state/context';

/**
 * "Gem som afsluttet vurdering": keeps a dated, read-only copy of the answers, notes and plan in this browser, for
 * "Jeres vurderinger" and next year's trend. The archive's code loads on the click.
 */
export function ArchiveButton() {
  const { t } = useTranslation();
  const store = useStore();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const save = async () => {
    setStatus('saving');
    try {
      const { openArchive } = await import('../../state/archive');
      const archive = await openArchive();
      if (!archive) throw new Error('no archive');
      const file = store.toFile();
      await archive.add(JSON.stringify(file), file.savedAt ?? new Date().toISOString());
      setStatus('saved');
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
        {status === 'saved' && (
          <>
            {t('series:archive.saved')} <a href={href({ page: 'assessments' })}>{t('app:pages.assessments')}</a>
          </>
        )}
        {status === 'failed' && t('series:archive.failed')}
      </p>
    </div>
  );
}
