import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../transfer/QrCode';
import { addressQr, type QrDrawing } from '../../transfer/qr';

/**
 * The slide participants answer from: the app's own address with the join route, as text and as a QR code. Whoever
 * opens it answers on their own device and sends the answers back from the first screen of their results.
 */
export function JoinSlide({ address, name }: { address: string; name: string }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<QrDrawing>();
  useEffect(() => {
    let current = true;
    void addressQr(address).then((drawing) => {
      if (current) setQr(drawing);
    });
    return () => {
      current = false;
    };
  }, [address]);
  return (
    <>
      <p className="parat-deck-kicker">{name || t('meeting:deck.joinKicker')}</p>
      <h2 tabIndex={-1}>{t('meeting:deck.joinHeading')}</h2>
      <div className="parat-deck-join">
        <div>
          <p>{t('meeting:deck.joinOpen')}</p>
          <p className="parat-deck-address">{address}</p>
          <p>{t('meeting:deck.joinSend')}</p>
        </div>
        {qr && <QrCode drawing={qr} label={t('meeting:deck.joinQr')} />}
      </div>
    </>
  );
}
