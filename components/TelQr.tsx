import { encode } from 'uqr';

/** QR encoding is the costliest thing the guide renders; each number is encoded once per page. */
const paths = new Map<string, { d: string; size: number }>();

function qrPath(text: string): { d: string; size: number } {
  let cached = paths.get(text);
  if (!cached) {
    const { data, size } = encode(text, { border: 2 });
    let d = '';
    data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
    cached = { d, size };
    paths.set(text, cached);
  }
  return cached;
}

/** A QR code of a tel: link, drawn as one SVG path (no markup strings), so a phone can dial it. */
export function TelQr({ digits, label }: { digits: string; label: string }) {
  const { d, size } = qrPath(`tel:${digits}`);
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${size} ${size}`}
      width="72"
      height="72"
      role="img"
      aria-label={label}
      data-testid="tel-qr"
      data-tel={`tel:${digits}`}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
