import { createHash } from 'node:crypto';

/** The record-level dedupe key: the Message-ID when there is one, else a hash of the raw bytes. */
export function messageDedupeKey(messageId: string | null | undefined, raw: Uint8Array): string {
  const trimmed = messageId?.trim();
  if (trimmed) return trimmed;
  return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}
