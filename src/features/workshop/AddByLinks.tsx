import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findShareFragments } from '../transfer/share-link';

/**
 * Participants added by share links pasted from a chat or an email, one or many at once: no files to save, and the
 * links never reach a server (the answers are in the part after #, which browsers do not send).
 */
export function AddByLinks({ onLinks }: { onLinks: (fragments: string[]) => Promise<{ added: unknown[] }> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const submit = async () => {
    const fragments = findShareFragments(text);
    if (fragments.length === 0) {
      setStatus(t('workshop:links.none'));
      return;
    }
    const { added } = await onLinks(fragments);
    setStatus(t('workshop:links.added', { count: added.length, total: fragments.length }));
    if (added.length === fragments.length) setText('');
  };
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">{t('workshop:links.heading')}</h2>
      <div className="form-group">
        <label className="form-label" htmlFor="workshop-links">
          {t('workshop:links.field')}
        </label>
        <span className="form-hint" id="workshop-links-hint">
          {t('workshop:links.hint')}
        </span>
        <textarea
          className="form-input"
          id="workshop-links"
          rows={3}
          aria-describedby="workshop-links-hint"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="button" className="button button-secondary" onClick={() => void submit()}>
        {t('workshop:links.add')}
      </button>
      <p role="status">{status}</p>
    </section>
  );
}
