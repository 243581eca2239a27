import { unreadableAttachmentsIn } from './attachment-unreadable-warning.ts';
import { readBodyIntent } from './request-intent.ts';

// Words that announce the form itself; "laboratorio" alone does not (a thank-you after a lab says it too).
const FORM_WORDS = /\b(modul[oi]|richiest[ae]|domand[ae] di (partecipazione|adesione)|scheda di (adesione|partecipazione)|istanza)\b/;
// A subject that names the programme, over a body that says nothing either way.
const PROGRAMME_SUBJECT = /\b(capacity ?lab\w*|cap4city)\b/;
// An attachment named like the form says what it is, whatever the covering note says.
const FORM_LIKE_NAME = /modul|richiest|domand|istanza|adesion|candidatur/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`_]/g, ' ');
}

/**
 * Whether a message in which no form could be read, but some attachment could not be read at all, is a lab
 * request: the covering note asks for a lab or announces the form ("in allegato il modulo", "si trasmette la
 * richiesta"), or the unreadable file is named like the form. A question stays a question, and a message
 * that only carries an unreadable file (a newsletter with a .rar) stays what it is.
 */
export function announcesUnreadableForm(warnings: readonly string[], subject: string | null, mainText: string): boolean {
  const unreadable = unreadableAttachmentsIn(warnings);
  if (unreadable.length === 0) return false;
  const intent = readBodyIntent(subject, mainText);
  if (intent === 'request') return true;
  if (intent === 'question') return false;
  const foldedSubject = fold(subject ?? '');
  if (FORM_WORDS.test(foldedSubject) || FORM_WORDS.test(fold(mainText))) return true;
  if (unreadable.some((attachment) => FORM_LIKE_NAME.test(fold(attachment.filename)))) return true;
  return intent === 'none' && PROGRAMME_SUBJECT.test(foldedSubject);
}
