/** Date the records were last checked against the shared docs (seeds, research, samples). */
export const CHECKED_2026_11_22 = '2026-11-22';
