import type { StoredRequest } from '../adapters/db/requests-repo.ts';
import type { Expert } from '../core/workflow/experts-config.ts';
import { nextEventFor } from '../core/workflow/events-config.ts';
import type { RequestMailData, MailExpert } from '../core/mail-templates.ts';
import type { WorkflowContext } from './workflow-context.ts';

/** What every template says about a request. */
export function requestMailData(request: StoredRequest, ctx: WorkflowContext): RequestMailData {
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
  };
}

export function expertMailData(expert: Expert): MailExpert {
  return { name: expert.name, email: expert.email, phone: null };
}
