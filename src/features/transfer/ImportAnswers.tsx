import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../routing';
import { loadContentStrings } from '../../i18n/react';
import { useStore } from '../../state/context';
import { AnswersFileInput } from './AnswersFileInput';
import type { Incoming } from './incoming';

// Shown only once a file is chosen, so kept out of the start page's first load.
const IncomingPreview = lazy(() => import('./IncomingPreview').then((m) => ({ default: m.IncomingPreview })));

/** Loads a `parat-answers` file: checked, shown, and only then, if the user confirms, put in place of the answers. */
export function ImportAnswers() {
  const { t } = useTranslation();
  const store = useStore();
  const [incoming, setIncoming] = useState<Incoming>();
  const [inputKey, setInputKey] = useState(0);

  const reset = () => {
    setIncoming(undefined);
    setInputKey((key) => key + 1);
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('transfer.importHeading')}</h2>
      <AnswersFileInput
        id="import-file"
        label={t('transfer.importLabel')}
        hint={t('transfer.importHint')}
        resetKey={inputKey}
        // The preview names the questions a file's answers belong to, whose strings the start page has not loaded.
        onIncoming={(next) =>
          void loadContentStrings()
            .catch(() => undefined)
            .then(() => setIncoming(next))
        }
      />
      {incoming && (
        <Suspense fallback={null}>
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
        </Suspense>
      )}
    </section>
  );
}
