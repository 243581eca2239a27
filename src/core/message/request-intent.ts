// Whether a letter-like message (no form, few labelled fields) asks for a lab, or only asks a question or thanks.

export type BodyIntent = 'request' | 'question' | 'thanks' | 'none';

const REQUEST_VERBS =
  /\b(si chiede|chied(e|iamo|o) (di (poter )?(partecipare|aderire|attivare|accedere|essere ammess\w+)|l ?attivazione|il laboratorio|un laboratorio|l ?avvio|la partecipazione|l ?adesione|di attivare)|richied\w+|richiedere|(intend\w+|vorremmo|vorrei|vorrebb\w+|desider\w+|ci piacerebbe|saremmo lieti di|chiediamo di) (\w+ )?(partecipare|richiedere|aderire|attivare|candidar\w+|iscriver\w+|prenotare|avviare|ospitare)|manifest\w+ (l |il )?((nostro|proprio) )?interesse|chied\w* che (l ?ente|il comune|questo ente|questa amministrazione|l ?amministrazione) (possa|venga)|(vorremmo|vorrei|vorrebbe|vorrebbero|desider\w+|gradir\w+|(avremmo|abbiamo|ha) bisogno di|ci (servirebbe|occorre|serve)) (avere |ricevere |attivare |un |una |il |l )*(supporto|percorso|laboratorio|lab|accompagnamento|affiancamento|capacity lab)|(siamo|sarebbe|e|sono) interessat\w+|candidatura|candid(a|iamo)|adesione|aderi(re|sce|scono|amo)|(si )?trasmett\w+|(si )?inoltr\w+ (la|il) (richiesta|modulo|domanda|scheda)|in allegato|si allega|alleghiamo|allego|(modulo|scheda|domanda) (di (richiesta|partecipazione|adesione) )?(compilat\w+|firmat\w+|debitamente)|domanda di (partecipazione|adesione)|richiesta di (attivazione|partecipazione|adesione|laboratorio|capacity)|(la )?presente richiesta|prenot(are|azione|iamo))\b/;
const QUESTION_OPENERS =
  /^(quando|come|quale|quali|qual|quanto|quanti|quante|dove|perche|chi|cosa|che cosa|e possibile|si puo|posso|possiamo|potete|potreste|potrebbe|vorrei sapere|vorremmo sapere|vorremmo capire|vorrei capire|chiedo se|chiediamo se|chiedo (gentilmente )?(informazioni|chiarimenti)|chiediamo (gentilmente )?(informazioni|chiarimenti)|avrei bisogno di (sapere|capire|informazioni|un chiarimento)|volevo sapere|volevamo sapere)\b/;
const THANKS = /\b(grazie|ringrazi\w*|complimenti)\b/;
const NOT_A_REQUEST_SUBJECT = /\b(informazion\w*|info|chiariment\w*|domand[ae] (sul|sui|sulla|sulle|su)|quesit\w*|ringraziament\w*|grazie|faq|dubbi\w*)\b/;
const REQUEST_SUBJECT = /\b(richiest\w*|adesione|candidatura|iscrizione|modulo|trasmissione|domanda di (partecipazione|adesione)|attivazione|partecipazione)\b/;
const GREETING_LINE = /^(buongiorno|buonasera|salve|gentil\w*|egregi\w*|spett\w*|alla cortese attenzione|ciao)\b[^.?!]{0,60}$/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9?!.\n]+/g, ' ');
}

function sentencesOf(text: string): Array<{ text: string; question: boolean }> {
  const sentences: Array<{ text: string; question: boolean }> = [];
  for (const line of fold(text).split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || GREETING_LINE.test(trimmed)) continue;
    for (const match of trimmed.matchAll(/[^.?!]+[.?!]*/g)) {
      const sentence = match[0].trim();
      if (sentence.replace(/[.?!\s]/g, '') === '') continue;
      sentences.push({ text: sentence.replace(/[.?!]+$/, '').trim(), question: sentence.endsWith('?') });
    }
  }
  return sentences;
}

/**
 * Reads what a letter-like body wants. A sentence that asks ("Quando apre il bando?", "qual è la differenza tra PO-2 e
 * PO-3?") is a question even when it names labs or Comuni; a request needs a request sentence ("chiede l'attivazione",
 * "intende richiedere", "in allegato il modulo") that is not itself a question, or, when the body says nothing either
 * way, a subject that announces one.
 */
export function readBodyIntent(subject: string | null, mainText: string): BodyIntent {
  const sentences = sentencesOf(mainText);
  const statements = sentences.filter((sentence) => !sentence.question && !QUESTION_OPENERS.test(sentence.text));
  if (statements.some((sentence) => REQUEST_VERBS.test(sentence.text))) return 'request';
  const asks = sentences.some((sentence) => sentence.question || QUESTION_OPENERS.test(sentence.text));
  if (asks) return 'question';
  if (sentences.some((sentence) => THANKS.test(sentence.text))) return 'thanks';
  const foldedSubject = fold(subject ?? '');
  if (REQUEST_SUBJECT.test(foldedSubject) && !NOT_A_REQUEST_SUBJECT.test(foldedSubject)) return 'request';
  return 'none';
}
