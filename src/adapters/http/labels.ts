import { REQUEST_STATES, STATE_LABELS_IT } from '../../core/workflow/request-state.ts';
import type { WebRole } from '../db/web-users-repo.ts';

/** The request states and their Italian names come from the state machine: one vocabulary everywhere. */
export const REQUEST_STATUSES = REQUEST_STATES;
export const STATUS_LABELS: Record<string, string> = STATE_LABELS_IT;

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** Labels of the required fields as `findMissing` names them. */
export const MISSING_LABELS: Record<string, string> = {
  'request.comune': 'Comune richiedente',
  'request.contact.name': 'Nome del referente',
  'request.contact.email': 'E-mail del referente',
  'request.labs': 'Laboratorio richiesto',
  'request.needs': 'Fabbisogni formativi',
};

export function missingLabel(path: string): string {
  return MISSING_LABELS[path] ?? path;
}

export const ROLE_LABELS: Record<WebRole, string> = {
  admin: 'Amministratore',
  operator: 'Operatore',
  readonly: 'Sola lettura',
};

export const MESSAGE_KIND_LABELS: Record<string, string> = {
  pending: 'In lavorazione',
  request: 'Richiesta',
  reply: 'Risposta',
  automatic: 'Messaggio automatico',
  'pec-receipt': 'Ricevuta PEC',
  'not-a-request': 'Non è una richiesta',
  unreadable: 'Illeggibile',
};

export const MAIL_STATUS_LABELS: Record<string, string> = {
  pending: 'In coda',
  sending: 'In invio',
  sent: 'Inviata',
  failed: 'Non inviata',
};

export const EVENT_LABELS: Record<string, string> = {
  received: 'Richiesta ricevuta',
  'reply-received': 'Risposta del Comune',
  'field-corrected': 'Dato corretto',
  'status-changed': 'Stato cambiato',
  'lab-dates-set': 'Date del laboratorio',
  'expert-assigned': 'Esperto assegnato',
  'mail-resent': 'E-mail reinviata',
  'created-from-message': 'Creata da un messaggio',
  'parsed-complete': 'Richiesta completa',
  'parsed-incomplete': 'Mancano informazioni',
  'flagged-for-review': 'Da verificare',
  'info-received': 'Informazioni dal Comune',
  'info-completed': 'Richiesta completata dal Comune',
  'mail-queued': 'E-mail in coda',
  'mail-sent': 'E-mail inviata',
  'mail-failed': 'E-mail non consegnata',
  'offer-sent': 'Proposta all’esperto',
  'offer-accepted': 'Incarico accettato',
  'offer-declined': 'Incarico rifiutato',
  'offer-expired': 'Proposta scaduta senza risposta',
  'no-expert': 'Nessun esperto disponibile',
  'expert-reply': 'Risposta dell’esperto',
  expire: 'Richiesta scaduta',
  approve: 'Approvata',
  'request-info': 'Chieste informazioni',
  'assign-manually': 'Assegnata dalla segreteria',
  reassign: 'Da riassegnare',
  'dates-set': 'Date fissate',
  completed: 'Laboratorio concluso',
  reject: 'Respinta',
  withdraw: 'Ritirata',
  'mark-duplicate': 'Duplicata',
  reopen: 'Riaperta',
};
