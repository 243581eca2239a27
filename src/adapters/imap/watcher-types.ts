/** A raw message as a mail source hands it over. */
export interface RawMessageSource {
  /** Configured mailbox name, or "drop" for the drop folder. */
  mailbox: string;
  uidValidity: string | null;
  uid: number | null;
  raw: Buffer;
}

export interface WatcherState {
  mailbox: string;
  status: 'starting' | 'connected' | 'standby' | 'reconnecting' | 'auth-failed' | 'stopped';
  lastCheckAt: Date | null;
  lastMessageAt: Date | null;
  lastError: string | null;
  reconnects: number;
  uidValidity: string | null;
}
