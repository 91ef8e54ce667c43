import { encode } from 'uqr';

/** A QR code of a tel: link, drawn as SVG rects (no markup strings), so a phone can dial it. */
export function TelQr({ digits, label }: { digits: string; label: string }) {
  const { data, size } = encode(`tel:${digits}`, { border: 2 });
  const cells: Array<[number, number]> = [];
  data.forEach((row, y) => row.forEach((dark, x) => dark && cells.push([x, y])));
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
      {cells.map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width="1" height="1" fill="#000" />
      ))}
    </svg>
  );
}
