import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from './harness';

/**
 * A picture as Chromium's fake camera shows it: a Y4M video of one grey frame, 640×480, from 8-bit luminance. The
 * browser then gets it from getUserMedia like any webcam's.
 */
export function writeCameraVideo(path: string, luminance: Uint8Array, width = 640, height = 480) {
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const frame = Buffer.concat([
    Buffer.from('FRAME\n'),
    Buffer.from(luminance),
    Buffer.from(chroma),
    Buffer.from(chroma),
  ]);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
}

/** Chromium with a fake camera that shows the video at `path`, and camera use allowed without asking. */
export const launchBrowserWithCamera = (path: string) =>
  launchBrowser([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${path}`,
  ]);

/**
 * What an element shows, as the 8-bit luminance of a 640×480 picture with the element drawn in its middle on white:
 * a QR code on a phone's screen, as a camera held up to it would see it.
 */
export async function elementAsCameraPicture(page: Page, selector: string): Promise<Uint8Array> {
  const base64 = await page.evaluate(async (css) => {
    const element = document.querySelector(css)!;
    const svg = new XMLSerializer().serializeToString(element);
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 640, 480);
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 140, 60, 360, 360);
    const { data } = context.getImageData(0, 0, 640, 480);
    let binary = '';
    for (let i = 0; i < data.length; i += 4) binary += String.fromCharCode(data[i]!);
    return btoa(binary);
  }, selector);
  return Uint8Array.from(Buffer.from(base64, 'base64'));
}
