/** What an action tells the page: an Italian notice on success, an Italian error otherwise. */
export type ActionResult = { ok: true; notice: string } | { ok: false; error: string };

export const ok = (notice: string): ActionResult => ({ ok: true, notice });
export const fail = (error: string): ActionResult => ({ ok: false, error });
