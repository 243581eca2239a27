import type { SessionUser } from '../db/web-sessions-repo.ts';
import { html, type SafeHtml } from './html.ts';

export interface PageChrome {
  title: string;
  user: SessionUser | null;
  /** Highlights the navigation entry. */
  section?: 'richieste' | 'messaggi' | 'grafici' | 'stato' | 'code';
  notice?: string | null;
  error?: string | null;
}

const NAV: Array<{ section: NonNullable<PageChrome['section']>; href: string; label: string }> = [
  { section: 'richieste', href: '/richieste', label: 'Richieste' },
  { section: 'messaggi', href: '/messaggi', label: 'Messaggi da verificare' },
  { section: 'grafici', href: '/grafici', label: 'Grafici' },
  { section: 'stato', href: '/stato', label: 'Stato del servizio' },
  { section: 'code', href: '/code', label: 'Code' },
];

/** The whole HTML document around a page body. */
export function renderPage(chrome: PageChrome, body: SafeHtml): string {
  const user = chrome.user;
  return html`<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${chrome.title} · Cap4City Segreteria</title>
<link rel="stylesheet" href="/static/style.css">
</head>
<body>
<header class="top">
  ${user
    ? html`<a class="brand" href="/richieste"><span class="brand-mark">C4C</span> Cap4City <span class="brand-sub">Segreteria</span></a>`
    : html`<span class="brand"><span class="brand-mark">C4C</span> Cap4City</span>`}
  ${user
    ? html`<nav class="nav">${NAV.map((n) => html`<a href="${n.href}" class="${n.section === chrome.section ? 'active' : ''}">${n.label}</a>`)}</nav>
  <form class="logout" method="post" action="/logout">
    <input type="hidden" name="_csrf" value="${user.csrfToken}">
    <span class="who" title="${user.username}">${user.displayName}</span>
    <button type="submit" class="link">Esci</button>
  </form>`
    : ''}
</header>
<main>
${chrome.notice ? html`<p class="notice" role="status">${chrome.notice}</p>` : ''}
${chrome.error ? html`<p class="error" role="alert">${chrome.error}</p>` : ''}
${body}
</main>
<footer class="foot">ANCI · Programma Cap4City · Capacity Labs</footer>
</body>
</html>
`.value;
}
