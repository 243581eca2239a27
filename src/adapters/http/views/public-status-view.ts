import { formatDate } from '../format.ts';
import { html } from '../html.ts';
import { missingLabel, statusLabel } from '../labels.ts';
import { renderPage } from '../layout.ts';

export interface PublicStatusModel {
  code: string;
  comune: string | null;
  status: string;
  missing: string[];
  expertName: string | null;
  labDates: string[];
  receivedAt: Date;
}

const EXPLANATIONS: Record<string, string> = {
  received: 'La richiesta è stata ricevuta ed è in lavorazione.',
  incomplete: 'Per procedere servono alcune informazioni: rispondere all’e-mail ricevuta indicando i dati mancanti.',
  'needs-review': 'La segreteria sta verificando la richiesta.',
  ready: 'La richiesta è completa: la segreteria sta individuando l’esperto.',
  offered: 'La richiesta è stata proposta a un esperto, in attesa di conferma.',
  assigned: 'È stato assegnato un esperto, che vi contatterà per concordare le date.',
  scheduled: 'Il laboratorio è programmato.',
  completed: 'Il laboratorio si è concluso.',
  rejected: 'La richiesta non è stata accolta.',
  withdrawn: 'La richiesta è stata ritirata.',
  duplicate: 'La richiesta risulta un duplicato di un’altra già ricevuta.',
  expired: 'La richiesta è scaduta perché le informazioni mancanti non sono arrivate.',
};

/** What a Comune may see of its own request, and nothing more. */
export function renderPublicStatus(m: PublicStatusModel): string {
  const body = html`<section class="card public-status">
  <p class="muted">Richiesta di Capacity Lab</p>
  <h1><span class="code">${m.code}</span></h1>
  ${m.comune ? html`<p>Comune di <strong>${m.comune}</strong> · ricevuta il ${formatDate(m.receivedAt)}</p>` : ''}
  <p class="big-status"><span class="badge status-${m.status}">${statusLabel(m.status)}</span></p>
  <p>${EXPLANATIONS[m.status] ?? ''}</p>
  ${m.missing.length ? html`<h2>Informazioni mancanti</h2><ul>${m.missing.map((p) => html`<li>${missingLabel(p)}</li>`)}</ul>` : ''}
  ${m.expertName ? html`<p>Esperto: <strong>${m.expertName}</strong></p>` : ''}
  ${m.labDates.length ? html`<p>Date del laboratorio: ${m.labDates.map((d) => formatDate(new Date(`${d}T12:00:00Z`))).join(', ')}</p>` : ''}
  <p class="muted small">Per domande rispondere all’e-mail della segreteria Cap4City indicando il codice ${m.code}.</p>
</section>`;
  return renderPage({ title: `Stato della richiesta ${m.code}`, user: null }, body);
}
