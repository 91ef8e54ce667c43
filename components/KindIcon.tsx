/**
 * A drawn icon for an evidence item without a thumbnail, one per kind. Drawn, not an emoji: a
 * machine without an emoji font (headless Chromium with only a CJK font) shows emoji as boxes.
 */
export function KindIcon({ kind }: { kind: string }) {
  return (
    <svg
      class="kind-icon"
      viewBox="0 0 24 24"
      width={32}
      height={32}
      fill="none"
      stroke="currentColor"
      stroke-width={1.6}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {(KIND_PATHS[kind] ?? DOCUMENT).map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

const DOCUMENT = ['M6 2h8l4 4v16H6z', 'M14 2v4h4'];
const BUBBLE = ['M4 5h16v11H10l-5 4v-4H4z', 'M8 9h8', 'M8 12h5'];

/** Outlines on a 24-unit grid: a picture, a long page, a chat bubble, a handset, a note. */
const KIND_PATHS: Record<string, string[]> = {
  screenshot: ['M3 5h18v14H3z', 'M10 10a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0', 'M21 16l-5-5-9 8'],
  'full-page': ['M6 2h12v20H6z', 'M9 6h6', 'M9 10h6', 'M9 14h6', 'M9 18h3'],
  pane: BUBBLE,
  chat: BUBBLE,
  file: DOCUMENT,
  call: ['M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z'],
  text: ['M5 3h14v18H5z', 'M8 8h8', 'M8 12h8', 'M8 16h5'],
};
