import type { UnreadableAttachment } from './message/attachment-unreadable-warning.ts';
import type { LabRef } from './types.ts';

/** Every mail the service sends: templates/<name>.{subject,text,html}.hbs. */
export const TEMPLATE_NAMES = [
  'acknowledgement',
  'information-missing',
  'attachment-unreadable',
  'offer-to-expert',
  'offer-reminder',
  'assignment-confirmed',
  'assignment-accepted-expert',
  'info-reminder',
  'escalation',
  'no-expert-available',
  'under-review',
  'closing-feedback',
  'request-closed',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export type MailRecipient = 'comune' | 'expert' | 'secretariat';

/** Who reads each mail: decides the greeting and, for callers, the address to use. */
export const TEMPLATE_RECIPIENTS: Readonly<Record<TemplateName, MailRecipient>> = {
  acknowledgement: 'comune',
  'information-missing': 'comune',
  'attachment-unreadable': 'comune',
  'offer-to-expert': 'expert',
  'offer-reminder': 'expert',
  'assignment-confirmed': 'comune',
  'assignment-accepted-expert': 'expert',
  'info-reminder': 'comune',
  escalation: 'secretariat',
  'no-expert-available': 'secretariat',
  'under-review': 'comune',
  'closing-feedback': 'comune',
  'request-closed': 'comune',
};

export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(name);
}

/** What the `date` / `dateTime` helpers accept (an ISO string or a Date). */
export type MailDate = Date | string;

export interface MailComune {
  name: string | null;
  province: string | null;
  region: string | null;
}

export interface MailContact {
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface MailExpert {
  name: string;
  email: string | null;
  phone: string | null;
}

/** "Le segnaliamo il prossimo incontro regionale del programma: Bari, 22 gennaio 2026". */
export interface RegionalEvent {
  city: string;
  date: MailDate;
  region: string | null;
}

/** The request as every template summarises it. */
export interface RequestMailData {
  code: string;
  comune: MailComune;
  contact: MailContact;
  labs: LabRef[];
  needs: string | null;
  receivedAt: MailDate;
  participants?: number | null;
  days?: number | null;
  preferredPeriod?: string | null;
  venue?: string | null;
  /** Read-only status page for the Comune; shown when present. */
  statusUrl?: string | null;
  /** Next regional meeting in the Comune's region; shown when present. */
  nextEvent?: RegionalEvent | null;
}

export type AcknowledgementData = RequestMailData;

export interface InformationMissingData extends RequestMailData {
  /** Italian labels of the missing form fields, e.g. "Fabbisogni e obiettivi". */
  missingLabels: string[];
}

export interface AttachmentUnreadableData extends RequestMailData {
  /** The files that could not be read, each with the reason in Italian ("protetto da password"). */
  unreadable: UnreadableAttachment[];
  /** Italian labels of the required fields still missing: the lines the Comune may answer with instead. */
  missingLabels: string[];
}

export interface OfferToExpertData extends RequestMailData {
  expert: MailExpert;
  answerBy: MailDate;
  acceptUrl?: string | null;
  declineUrl?: string | null;
  /** True when the caller attaches the Comune's original form. */
  originalFormAttached: boolean;
}

export interface OfferReminderData extends OfferToExpertData {
  offeredAt: MailDate;
}

export interface AssignmentConfirmedData extends RequestMailData {
  expert: MailExpert;
}

export interface AssignmentAcceptedExpertData extends RequestMailData {
  expert: MailExpert;
}

export interface InfoReminderData extends InformationMissingData {
  /** When the first "information missing" mail was sent. */
  requestedAt: MailDate;
}

export interface EscalationData extends RequestMailData {
  /** Why the request is stuck, in Italian, for the secretariat. */
  reasonIt: string;
  stuckSince: MailDate;
  /** Italian label of the current state, e.g. "in attesa di risposta dell'esperto". */
  statusIt?: string | null;
  dashboardUrl?: string | null;
}

export interface ConsideredExpert {
  name: string;
  /** Why this expert was not assigned, in Italian. */
  reasonIt: string;
}

export interface NoExpertAvailableData extends RequestMailData {
  candidates: ConsideredExpert[];
  dashboardUrl?: string | null;
}

export type UnderReviewReason = 'outside-programme' | 'scanned-form' | 'unclear' | 'other';

export interface UnderReviewData extends RequestMailData {
  reason: UnderReviewReason;
}

export interface ClosingFeedbackData extends RequestMailData {
  expert?: MailExpert | null;
  feedbackUrl?: string | null;
}

export type ClosedOutcome = 'rejected' | 'withdrawn' | 'duplicate';

export interface RequestClosedData extends RequestMailData {
  outcome: ClosedOutcome;
  /** Free note from the secretariat, in Italian. */
  note?: string | null;
  /** For a duplicate: the code of the request that goes on. */
  duplicateOf?: string | null;
}

export interface TemplateDataMap {
  acknowledgement: AcknowledgementData;
  'information-missing': InformationMissingData;
  'attachment-unreadable': AttachmentUnreadableData;
  'offer-to-expert': OfferToExpertData;
  'offer-reminder': OfferReminderData;
  'assignment-confirmed': AssignmentConfirmedData;
  'assignment-accepted-expert': AssignmentAcceptedExpertData;
  'info-reminder': InfoReminderData;
  escalation: EscalationData;
  'no-expert-available': NoExpertAvailableData;
  'under-review': UnderReviewData;
  'closing-feedback': ClosingFeedbackData;
  'request-closed': RequestClosedData;
}

function sampleRequest(): RequestMailData {
  return {
    code: 'C4C-2026-00042',
    comune: { name: 'Matera', province: 'MT', region: 'Basilicata' },
    contact: {
      name: 'Giuseppe Santoro',
      role: 'Responsabile del Servizio Personale',
      email: 'g.santoro@comune.matera.it',
      phone: '0835 241111',
    },
    labs: [{ code: 'PO-4', title: 'PIAO e programmazione delle assunzioni' }],
    needs:
      'Aggiornare il PIAO 2026-2028 integrando il piano dei fabbisogni di personale.\nFormare i dirigenti sulla programmazione delle assunzioni e sui vincoli di spesa.',
    receivedAt: new Date('2026-01-12T08:30:00Z'),
    participants: 15,
    days: 2,
    preferredPeriod: 'marzo 2026',
    venue: 'Sala consiliare, Palazzo di Città',
    statusUrl: 'https://cap4city.anci.it/stato/C4C-2026-00042?t=7f3a9c',
    nextEvent: { city: 'Potenza', date: new Date('2026-02-05T09:00:00Z'), region: 'Basilicata' },
  };
}

const SAMPLE_EXPERT: MailExpert = {
  name: 'Dott.ssa Laura Esposito',
  email: 'laura.esposito@esperti.anci.it',
  phone: '+39 333 1234567',
};

const SAMPLES: { [N in TemplateName]: () => TemplateDataMap[N] } = {
  acknowledgement: () => sampleRequest(),
  'information-missing': () => ({ ...sampleRequest(), needs: null, missingLabels: ['Fabbisogni e obiettivi', 'Telefono del referente'] }),
  'attachment-unreadable': () => ({
    ...sampleRequest(),
    labs: [],
    needs: null,
    unreadable: [{ filename: 'Modulo_Capacity_Lab_Matera.pdf', reason: 'protetto da password' }],
    missingLabels: ['Laboratorio richiesto (dal catalogo)', 'Fabbisogni e obiettivi'],
  }),
  'offer-to-expert': () => ({
    ...sampleRequest(),
    expert: { ...SAMPLE_EXPERT },
    answerBy: new Date('2026-01-16T17:00:00Z'),
    acceptUrl: 'https://cap4city.anci.it/incarichi/C4C-2026-00042/accetto?t=5b1e',
    declineUrl: 'https://cap4city.anci.it/incarichi/C4C-2026-00042/rifiuto?t=5b1e',
    originalFormAttached: true,
  }),
  'offer-reminder': () => ({ ...SAMPLES['offer-to-expert'](), offeredAt: new Date('2026-01-13T10:15:00Z') }),
  'assignment-confirmed': () => ({ ...sampleRequest(), expert: { ...SAMPLE_EXPERT } }),
  'assignment-accepted-expert': () => ({ ...sampleRequest(), expert: { ...SAMPLE_EXPERT } }),
  'info-reminder': () => ({ ...SAMPLES['information-missing'](), requestedAt: new Date('2026-01-12T08:35:00Z') }),
  escalation: () => ({
    ...sampleRequest(),
    reasonIt: "Nessuna risposta dell'esperto dopo due solleciti",
    stuckSince: new Date('2026-01-13T10:15:00Z'),
    statusIt: "in attesa di risposta dell'esperto",
    dashboardUrl: 'https://cap4city.anci.it/segreteria/richieste/C4C-2026-00042',
  }),
  'no-expert-available': () => ({
    ...sampleRequest(),
    candidates: [
      { name: 'Dott.ssa Laura Esposito', reasonIt: 'ha rifiutato la proposta (non disponibile a marzo)' },
      { name: 'Dott. Marco Ferri', reasonIt: 'ha già il numero massimo di incarichi attivi' },
    ],
    dashboardUrl: 'https://cap4city.anci.it/segreteria/richieste/C4C-2026-00042',
  }),
  'under-review': () => ({ ...sampleRequest(), reason: 'scanned-form' }),
  'closing-feedback': () => ({
    ...sampleRequest(),
    expert: { ...SAMPLE_EXPERT },
    feedbackUrl: 'https://cap4city.anci.it/questionario/C4C-2026-00042?t=91cd',
  }),
  'request-closed': () => ({
    ...sampleRequest(),
    outcome: 'duplicate',
    duplicateOf: 'C4C-2026-00038',
    note: 'La richiesta inviata via PEC il 10 gennaio è già in lavorazione.',
  }),
};

/** Realistic Italian data for previews and tests; a fresh object on every call. */
export function sampleData(name: TemplateName): Record<string, unknown> {
  return { ...SAMPLES[name]() };
}
