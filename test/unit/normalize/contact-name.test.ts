import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { readContactName } from '../../../src/core/normalize/contact-name.ts';
import { normalizeRequest } from '../../../src/core/normalize/normalize-request.ts';

describe('readContactName', () => {
  it.each([
    ['Dott.ssa Lucia Ferri', 'Lucia Ferri'],
    ['dott. Paolo Greco', 'Paolo Greco'],
    ['Ing. Marco De Santis', 'Marco De Santis'],
    ['Arch. Giulia Russo', 'Giulia Russo'],
    ['Avv. Carlo Neri', 'Carlo Neri'],
    ['Geom. Franco Testa', 'Franco Testa'],
    ['Rag. Sergio Valli', 'Sergio Valli'],
    ['Prof. Aldo Moretti', 'Aldo Moretti'],
    ['Sig.ra Anna Colombo', 'Anna Colombo'],
    ['Sig. Enzo Riva', 'Enzo Riva'],
    ['Dr. Elena Sala', 'Elena Sala'],
    ["l'arch. Teresa Manca", 'Teresa Manca'],
  ])('strips the title from %s', (value, name) => {
    expect(readContactName(value).name).toBe(name);
  });

  it('hands back a role written after a dash, a comma or in brackets', () => {
    expect(readContactName('Giovanni Lupo - Responsabile Ufficio Tributi')).toEqual({ name: 'Giovanni Lupo', role: 'Responsabile Ufficio Tributi', email: null, phone: null });
    expect(readContactName('Marta Bruno, Vicesegretario comunale')).toEqual({ name: 'Marta Bruno', role: 'Vicesegretario comunale', email: null, phone: null });
    expect(readContactName('Sara Fumagalli (istruttrice amministrativa)')).toMatchObject({ name: 'Sara Fumagalli', role: 'istruttrice amministrativa' });
    expect(readContactName('Rocco Pinto Responsabile Area Finanziaria')).toMatchObject({ name: 'Rocco Pinto', role: 'Responsabile Area Finanziaria' });
  });

  it('hands back the e-mail and phone written on the name line', () => {
    expect(readContactName('geom. Dario Fontana, cell. 347 1122334, d.fontana@comune.example.it')).toEqual({
      name: 'Dario Fontana',
      role: null,
      email: 'd.fontana@comune.example.it',
      phone: '347 1122334',
    });
    expect(readContactName('Ilaria Conti, protocollo@comune.example.it')).toMatchObject({ name: 'Ilaria Conti', email: 'protocollo@comune.example.it', role: null });
  });

  it('leaves alone names it cannot split safely', () => {
    expect(readContactName('Maria Grazia Della Valle')).toMatchObject({ name: 'Maria Grazia Della Valle', role: null });
    expect(readContactName('Rossi, Mario')).toMatchObject({ name: 'Rossi, Mario', role: null });
    expect(readContactName('Anna Rossi-Bianchi')).toMatchObject({ name: 'Anna Rossi-Bianchi', role: null });
    // a second person is not a role
    expect(readContactName('Luca Verdi / Paola Neri')).toMatchObject({ name: 'Luca Verdi', role: null });
    expect(readContactName(null)).toEqual({ name: null, role: null, email: null, phone: null });
  });
});

describe('normalizeRequest: the contact line', () => {
  const catalog = parseCatalog(readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8'));

  it('fills empty role, e-mail and phone from the name line, never over the form fields', () => {
    const { request } = normalizeRequest({ referente_nome: 'Ing. Pietro Galli, Dirigente Settore Tecnico, tel. 0883 290111, p.galli@comune.andria.bt.it' }, { catalog, senderEmail: 'protocollo@comune.andria.bt.it' });
    expect(request.contact).toEqual({ name: 'Pietro Galli', role: 'Dirigente Settore Tecnico', email: 'p.galli@comune.andria.bt.it', phone: '0883290111' });

    const filled = normalizeRequest(
      { referente_nome: 'Pietro Galli - Dirigente', referente_ruolo: 'Responsabile del Servizio', referente_email: 'galli@comune.andria.bt.it' },
      { catalog, senderEmail: null },
    );
    expect(filled.request.contact).toMatchObject({ name: 'Pietro Galli', role: 'Responsabile del Servizio', email: 'galli@comune.andria.bt.it' });
  });
});
