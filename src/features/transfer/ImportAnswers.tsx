import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../routing';
import { useStore } from '../../state/context';
import { maxImportBytes, readIncoming, type Incoming } from './incoming';
import { IncomingPreview } from './IncomingPreview';

/** Loads a `parat-answers` file: checked, shown, and only then, if the user confirms, put in place of the answers. */
export function ImportAnswers() {
  const { t } = useTranslation();
  const store = useStore();
  const [incoming, setIncoming] = useState<Incoming>();
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    // A file over the limit is refused by its size, without reading it.
    const text = file.size > maxImportBytes ? '' : await file.text();
    setIncoming(readIncoming(text, file.size));
  };
  const reset = () => {
    setIncoming(undefined);
    setInputKey((key) => key + 1);
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('transfer.importHeading')}</h2>
      <div className="form-group">
        <label className="form-label" htmlFor="import-file">
          {t('transfer.importLabel')}
        </label>
        <span className="form-hint" id="import-file-hint">
          {t('transfer.importHint')}
        </span>
        <input
          key={inputKey}
          className="form-file-input"
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {incoming && (
        <IncomingPreview
          incoming={incoming}
          source="file"
          onConfirm={() => {
            if (incoming.ok) store.replaceAll(incoming.file);
            reset();
            navigate({ page: 'check' });
          }}
          onCancel={reset}
        />
      )}
    </section>
  );
}
