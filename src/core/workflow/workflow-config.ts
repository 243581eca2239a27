import { z } from 'zod';
import { parseConfigYaml } from './parse-config-yaml.ts';

/**
 * Where answers to a Comune go.
 * - `contact-first`: the form's contact e-mail, else the sender (for a PEC sender: the entity's
 *   ordinary address when known, before the PEC box, which often refuses ordinary mail).
 * - `sender`: the sender, else the contact e-mail.
 * - `entity-ordinary-address`: for a PEC sender the entity's ordinary address first; otherwise as
 *   `contact-first`.
 */
export const ANSWERS_TO_POLICIES = ['contact-first', 'sender', 'entity-ordinary-address'] as const;
export type AnswersToPolicy = (typeof ANSWERS_TO_POLICIES)[number];

const workingDays = (def: number) => z.number().int('must be a whole number of working days').min(1).max(365).default(def);

const WorkflowConfigSchema = z
  .object({
    /** Working days an expert has to answer an offer before it goes to the next expert. */
    offerTimeoutDays: workingDays(3),
    /** Working days after the offer when the expert gets a reminder (before the timeout). */
    offerReminderDays: workingDays(2),
    /** Working days after "information missing" when the Comune gets a reminder. */
    infoReminderDays: workingDays(5),
    /** Working days after "information missing" when an incomplete request expires. */
    infoExpireDays: workingDays(15),
    /** Working days a request may sit in needs-review / ready before the secretariat is alerted. */
    escalationDays: workingDays(5),
    /** Working days after completion when the Comune is asked for feedback. */
    feedbackAfterDays: workingDays(10),
    /** Tests only: a working day lasts this many seconds. */
    testSecondsPerDay: z.number().positive().max(86_400).nullable().default(null),
    answersTo: z.enum(ANSWERS_TO_POLICIES).default('contact-first'),
  })
  .strict()
  .refine((c) => c.offerReminderDays < c.offerTimeoutDays, { message: 'must be less than offerTimeoutDays', path: ['offerReminderDays'] })
  .refine((c) => c.infoReminderDays < c.infoExpireDays, { message: 'must be less than infoExpireDays', path: ['infoReminderDays'] });

export type WorkflowConfig = z.output<typeof WorkflowConfigSchema>;

export function parseWorkflowConfig(yamlText: string, fileLabel = 'config/workflow.yaml'): WorkflowConfig {
  return Object.freeze(parseConfigYaml(yamlText, WorkflowConfigSchema, fileLabel));
}

/** The settings when config/workflow.yaml is absent. */
export function defaultWorkflowConfig(): WorkflowConfig {
  return parseWorkflowConfig('{}');
}
