import type { ParseContext } from '../../core/parse-message.ts';
import type { ParsedMessage } from '../../core/types.ts';

/** What a parse thread is started with: plain data, the catalogue as its YAML text (parsed once in the thread). */
export interface ParseThreadData {
  catalogYaml: string;
  ownAddresses: string[];
  ownMessageIdDomain: string | null;
  limits?: ParseContext['limits'];
}

/** One raw message, copied into a buffer of its own that is transferred to the thread. */
export interface ParseThreadRequest {
  id: number;
  raw: Uint8Array;
}

/** An error thrown by parseMessage in the thread, as much of it as the caller can act on. */
export interface ThrownError {
  name: string;
  message: string;
  /** Set for an IntakeError. */
  code?: string;
  retryable?: boolean;
}

export type ParseThreadResponse =
  | { type: 'ready' }
  | { type: 'parsed'; id: number; parsed: ParsedMessage }
  | { type: 'failed'; id: number; error: ThrownError };
