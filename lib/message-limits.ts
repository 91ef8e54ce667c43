// Limits shared by the message schemas and the content scripts that must respect them; kept
// apart from messages.ts so content scripts can import them without bundling zod.

/** Most numbers one frame reports; a page with more is reported in part. */
export const MAX_NUMBERS = 200;
