import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findShareLinks } from '../transfer/share-link';

/**
 * Participants added by share links pasted from a chat or an email, one or many at once, each named as the chat
 * names it (»Anna: https://…«): no files to save, and the links never reach a server (the answers are in the part
 * after #, which browsers do not send).
 */
export function AddByLinks({
  onLinks,
}: {
  onLinks: (links: { fragment: string; name?: string }[]) => Promise<{ added: unknown[] }>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const submit = async () => {
    const links = findShareLinks(text);
    if (links.length === 0) {
      setStatus(t('workshop:links.none'));
      return;
    }
    const { added } = await onLinks(links);
    setStatus(t('workshop:links.added', { count: added.length, total: links.length }));
    if (added.length === links.length) setText('');
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
