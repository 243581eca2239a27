import type { Queue } from 'bullmq';
import type { Database } from '../db/database.ts';
import type { Logger } from '../../logger.ts';
import type { WatcherState } from '../imap/watcher-types.ts';
import type { Catalog } from '../../core/normalize/catalog.ts';

export interface WebQueues {
  intake: Queue;
  mail: Queue;
}

/** Accept/decline links in offers to experts (see src/workflows/answer-offer-link.ts). */
export interface OfferLinks {
  describe(token: string): Promise<{ valid: boolean; action: 'accept' | 'decline' | null; code: string | null }>;
  answer(token: string): Promise<{ outcome: 'accepted' | 'declined' | 'invalid' | 'expired' | 'no-longer-open'; code: string | null }>;
}

export interface WebAppDeps {
  db: Database;
  queues?: WebQueues | null;
  logger: Logger;
  /** Session cookies only over HTTPS (behind TLS). */
  secureCookies: boolean;
  /** CAP4CITY_SECRET: signs the Comuni's status-page links; without it those links are refused. */
  sessionSecret?: string;
  watcherStates?: () => WatcherState[];
  /** METRICS_TOKEN: when set, /metrics wants `Authorization: Bearer <token>`. */
  metricsToken?: string | null;
  /** config/experts.yaml; the expert picker is empty when the file is absent. */
  expertsFile?: string | null;
  /** Lab titles for corrected lab codes. */
  catalog?: Catalog | null;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Absent: the links answer "not available here" (a web process without the workflow). */
  offerLinks?: OfferLinks | null;
  /** After the secretariat assigned an expert by hand: withdraw open offers, tell the Comune and the expert. */
  onExpertAssigned?: (requestId: string, expertId: string, actor: string) => Promise<void>;
  /** After the secretariat changed a status: assignment, feedback request or closing notice follow. */
  onStatusChanged?: (requestId: string, action: string, note: string | null) => Promise<void>;
}
