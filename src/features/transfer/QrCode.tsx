import type { QrDrawing } from './qr';

/** A QR code as SVG, black on white with the four-module quiet zone readers need, crisp at any size. */
export function QrCode({ drawing, label }: { drawing: QrDrawing; label: string }) {
  const quiet = 4;
  const side = drawing.size + quiet * 2;
  return (
    <svg
      className="parat-qr"
      viewBox={`${-quiet} ${-quiet} ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={side} height={side} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
