import type { StoredRequest } from '../adapters/db/requests-repo.ts';
import type { Expert } from '../core/workflow/experts-config.ts';
import { nextEventFor } from '../core/workflow/events-config.ts';
import type { RequestMailData, MailExpert } from '../core/mail-templates.ts';
import type { WorkflowContext } from './workflow-context.ts';
import { statusPageUrl } from '../adapters/http/status-token.ts';

/**
 * What every template says about a request. Mail to the Comune also carries the link to its
 * read-only status page (unguessable, expiring); mail to experts and the secretariat does not.
 */
export function requestMailData(request: StoredRequest, ctx: WorkflowContext, reader: 'comune' | 'other' = 'other'): RequestMailData {
  const data = request.data;
  const event = nextEventFor(request.region, ctx.now(), ctx.events);
  return {
    code: request.code,
    comune: { name: request.comuneName ?? data.comune.name, province: request.province, region: request.region },
    contact: data.contact,
    labs: data.labs,
    needs: data.needs,
    receivedAt: request.createdAt,
    participants: data.participants,
    days: data.days,
    preferredPeriod: data.preferredPeriod,
    venue: data.venue,
    nextEvent: event ? { city: event.city, date: event.date, region: event.region } : null,
    statusUrl: reader === 'comune' ? statusPageUrl(ctx.publicUrl, request.id, ctx.secret, { now: ctx.now() }) : null,
  };
}

export function expertMailData(expert: Expert): MailExpert {
  return { name: expert.name, email: expert.email, phone: null };
}
