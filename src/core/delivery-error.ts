/** Whether an SMTP failure is final: 5xx replies except 503 (bad sequence, a client-side hiccup). */
export function isPermanentDeliveryError(error: unknown): boolean {
  const code = smtpResponseCode(error);
  if (code === null) return false;
  return code >= 500 && code < 600 && code !== 503;
}

export function smtpResponseCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const value = (error as { responseCode?: unknown }).responseCode;
  return typeof value === 'number' ? value : null;
}
