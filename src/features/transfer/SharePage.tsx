import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { navigate } from '../../routing';
import { useStore } from '../../state/context';
import type { Incoming } from './incoming';
import { IncomingPreview } from './IncomingPreview';
import { readShareFragment } from './share-link';

/** Opens a share link like an import: the user sees what it holds and confirms before anything is replaced. */
export function SharePage() {
  const { t } = useTranslation();
  const store = useStore();
  const [incoming, setIncoming] = useState<Incoming>();

  useEffect(() => {
    let current = true;
    const started = performance.now();
    void readShareFragment(window.location.hash).then((read) => {
      // Read by `npm run bench` and the end-to-end test: the link's own reading, without the browser's handling of
      // a long address.
      performance.measure('parat-share-read', { start: started });
      if (current) setIncoming(read);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <>
      <PageHeading>{t('transfer.shareHeading')}</PageHeading>
      {incoming && (
        <IncomingPreview
          incoming={incoming}
          source="link"
          onConfirm={() => {
            if (incoming.ok) store.replaceAll(incoming.file);
            navigate({ page: 'check' });
          }}
          onCancel={() => navigate({ page: 'start' })}
        />
      )}
    </>
  );
}
