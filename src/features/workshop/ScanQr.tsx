import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Time between two looks at the camera's picture: quick enough for a queue of phones, easy on an old laptop. */
const interval = 150;

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

/**
 * Reads QR codes from the camera: the browser's BarcodeDetector where it reads QR codes (Chrome on Mac, ChromeOS and
 * Android), else jsQR, loaded on demand (47 kB gzip; pure JavaScript, so the CSP needs no worker or WebAssembly).
 */
async function qrReader(): Promise<
  (video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string | undefined>
> {
  const Native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Native && (await Native.getSupportedFormats()).includes('qr_code')) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue;
  }
  const { default: jsQR } = await import('jsqr');
  return async (video, canvas) => {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context || canvas.width === 0) return undefined;
    context.drawImage(video, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
  };
}

/**
 * "Scan QR-kode" on the workshop page: the camera is asked for only on this click and stays on for the next phone
 * until "Stop"; each code read is handed to onCode, whose answer is announced. The picture never leaves the device.
 */
export function ScanQr({ onCode }: { onCode: (text: string, frameAt: number) => string }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const stream = useRef<MediaStream>(undefined);
  const [scanning, setScanning] = useState(false);
  const [status, setStatus] = useState('');
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  }, [onCode]);

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = undefined;
    setScanning(false);
  };
  useEffect(
    () => () => {
      stream.current?.getTracks().forEach((track) => track.stop());
    },
    [],
  );

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setStatus(t('workshop:scan.noCamera'));
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch (error) {
      setStatus(
        error instanceof DOMException && error.name === 'NotAllowedError'
          ? t('workshop:scan.denied')
          : t('workshop:scan.noCamera'),
      );
      return;
    }
    setStatus(t('workshop:scan.looking'));
    setScanning(true);
  };

  useEffect(() => {
    if (!scanning || !video.current || !stream.current) return;
    const element = video.current;
    element.srcObject = stream.current;
    void element.play().catch(() => undefined);
    let live = true;
    let last = '';
    // Nothing a frame or a code holds may end the loop: the camera would stay on with no one reading it.
    const look = async (read: Awaited<ReturnType<typeof qrReader>>) => {
      const frameAt = performance.now();
      let text: string | undefined;
      try {
        text = element.readyState >= 2 && canvas.current ? await read(element, canvas.current) : undefined;
      } catch {
        // A frame the reader could not take, such as one while the camera changes size: the next one is 150 ms away.
      }
      // The same code stays in front of the camera for a while: it is added once.
      if (!live || !text || text === last) return;
      last = text;
      try {
        setStatus(handler.current(text, frameAt));
      } catch {
        setStatus(t('workshop:scan.failed'));
      }
    };
    void qrReader().then(
      async (read) => {
        while (live) {
          await look(read);
          await new Promise((resolve) => setTimeout(resolve, interval));
        }
      },
      () => live && setStatus(t('workshop:scan.noReader')),
    );
    return () => {
      live = false;
    };
  }, [scanning, t]);

  return (
    <section aria-labelledby="scan-heading">
      <h2 id="scan-heading">{t('workshop:scan.heading')}</h2>
      <p>{t('workshop:scan.lead')}</p>
      {scanning ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            stop();
            setStatus(t('workshop:scan.stopped'));
          }}
        >
          {t('workshop:scan.stop')}
        </button>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => void start()}>
          {t('workshop:scan.start')}
        </button>
      )}
      <p role="status">{status}</p>
      {scanning && (
        <video ref={video} className="parat-scan-video" muted playsInline aria-label={t('workshop:scan.video')} />
      )}
      <canvas ref={canvas} hidden />
    </section>
  );
}
