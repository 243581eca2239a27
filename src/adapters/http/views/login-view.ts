import { html } from '../html.ts';
import { renderPage } from '../layout.ts';

export function renderLoginPage(opts: { csrfToken: string; next: string; username?: string; error?: string | null }): string {
  const body = html`<section class="login card">
  <h1>Accesso alla segreteria</h1>
  <p class="muted">Cruscotto delle richieste di Capacity Lab dei Comuni.</p>
  <form method="post" action="/login" class="stack">
    <input type="hidden" name="_csrf" value="${opts.csrfToken}">
    <input type="hidden" name="next" value="${opts.next}">
    <label>Nome utente <input name="username" autocomplete="username" required value="${opts.username ?? ''}" autofocus></label>
    <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit" class="primary">Entra</button>
  </form>
</section>`;
  return renderPage({ title: 'Accesso', user: null, error: opts.error ?? null }, body);
}
