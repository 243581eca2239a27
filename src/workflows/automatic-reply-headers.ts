/** RFC 3834 and the de-facto headers that keep auto-responders from answering our mail. */
export const AUTOMATIC_REPLY_HEADERS: Record<string, string> = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
};
