/**
 * What every editor-side server action answers its form with: a confirmation (usually a
 * Vietnamese sentence; a few actions answer data the page shows) or a Vietnamese error. Empty
 * before the first submission and when the action has nothing to say (it redirected).
 */
export type FormState<T = string> = { ok?: T; error?: string };

export const EMPTY_FORM_STATE: FormState<never> = {};
