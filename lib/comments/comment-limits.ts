// Shared by the server's validation and the browser form (which must not load zod for this).
export const NAME_MAX = 100;
export const CONTENT_MIN = 2;
export const CONTENT_MAX = 5_000;
export const EMAIL_MAX = 254;
/** 5,000 Vietnamese characters take up to 15 kB of UTF-8, more once JSON-escaped. */
export const COMMENT_BODY_MAX_BYTES = 32_768;
