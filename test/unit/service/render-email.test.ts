import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createEmailRenderer } from '../../../src/core/render-email.ts';
import { loadTemplateSources } from '../../../src/adapters/templates/load-templates.ts';
import { REPO_ROOT } from '../../helpers/service.ts';

const renderer = createEmailRenderer(loadTemplateSources(path.join(REPO_ROOT, 'templates')));
const data = {
  code: 'C4C-2026-00042',
  comune: { name: 'Sant\'Agata de\' Goti', province: 'BN' },
  contact: { name: 'Maria <b>Bianchi</b>', email: 'maria@comune.example.it' },
  labs: [{ code: 'PC-3', title: 'Procedure e affidamenti' }],
  missingLabels: ['Fabbisogni e obiettivi', 'E-mail del referente'],
  receivedAt: new Date('2026-01-12T08:30:00Z'),
};

describe('mail templates', () => {
  it('renders the acknowledgement in Italian with the code in the subject, in HTML and text', () => {
    const mail = renderer.render('acknowledgement', data);
    expect(mail.subject).toBe("[C4C-2026-00042] Richiesta ricevuta - Comune di Sant'Agata de' Goti");
    expect(mail.text).toContain('le abbiamo assegnato il codice C4C-2026-00042');
    expect(mail.text).toContain('12 gennaio 2026 alle ore 09:30');
    expect(mail.text).toContain('PC-3 - Procedure e affidamenti');
    expect(mail.html).toContain('<html lang="it">');
    expect(mail.html).toContain('Maria &lt;b&gt;Bianchi&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Bianchi</b>');
  });

  it('lists what is missing', () => {
    const mail = renderer.render('information-missing', data);
    expect(mail.subject).toBe('[C4C-2026-00042] Richiesta ricevuta: mancano alcune informazioni');
    expect(mail.text).toContain('  - Fabbisogni e obiettivi\n  - E-mail del referente');
    expect(mail.html).toContain('<li>E-mail del referente</li>');
  });

  it('keeps line breaks in data out of the subject', () => {
    const mail = renderer.render('acknowledgement', { ...data, comune: { name: 'Bari\r\nBcc: victim@example.com' } });
    expect(mail.subject).toBe('[C4C-2026-00042] Richiesta ricevuta - Comune di Bari Bcc: victim@example.com');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses an unknown template', () => {
    expect(() => renderer.render('nope', data)).toThrow(/no mail template named "nope"/);
  });
});
