import { z } from 'zod';
import { canonicalRegion, sameRegion } from './italian-regions.ts';
import { isIsoDate, parseConfigYaml } from './parse-config-yaml.ts';
import { localIsoDate } from './zoned-time.ts';
import { DEFAULT_TIME_ZONE } from './working-days.ts';

/** A regional meeting of the programme. */
export interface ProgrammeEvent {
  city: string;
  region: string;
  /** `YYYY-MM-DD`, local date. */
  date: string;
  venue: string | null;
}

export interface EventsConfig {
  events: ProgrammeEvent[];
}

const EventSchema = z
  .object({
    city: z.string().trim().min(1),
    region: z.string().transform((name, ctx) => {
      const canonical = canonicalRegion(name);
      if (canonical === null) ctx.addIssue({ code: 'custom', message: `"${name}" is not an Italian region` });
      return canonical ?? name;
    }),
    date: z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD'),
    venue: z.string().trim().min(1).nullable().default(null),
  })
  .strict();

const EventsFileSchema = z.object({ events: z.array(EventSchema) }).strict();

/** config/events.yaml → the meetings sorted by date. Throws an IntakeError naming the bad field. */
export function parseEventsConfig(yamlText: string, fileLabel = 'config/events.yaml'): EventsConfig {
  const { events } = parseConfigYaml(yamlText, EventsFileSchema, fileLabel);
  return { events: [...events].sort((a, b) => a.date.localeCompare(b.date) || a.city.localeCompare(b.city)) };
}

/** The first meeting in `region` on or after today (Italian calendar date of `now`), or null. */
export function nextEventFor(region: string | null, now: Date, config: EventsConfig, timeZone = DEFAULT_TIME_ZONE): ProgrammeEvent | null {
  if (!region) return null;
  const today = localIsoDate(now, timeZone);
  const upcoming = config.events
    .filter((event) => sameRegion(event.region, region) && event.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  return upcoming[0] ?? null;
}
