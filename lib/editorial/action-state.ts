/** What a server action of the editor area answers a form with (it redirects on success). */
export type ActionState = { error: string | null };

export const NO_ERROR: ActionState = { error: null };
