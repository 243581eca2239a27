/** A daticert.xml as PEC providers write it. */
export function buildDaticert(tipo: string, extra = ''): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    extra,
    `<postacert tipo="${tipo}" errore="nessuno">`,
    '  <intestazione>',
    '    <mittente>protocollo@pec.comune.bari.it</mittente>',
    '    <destinatari tipo="certificato">cap4city@pec.anci.it</destinatari>',
    '    <risposte>protocollo@pec.comune.bari.it</risposte>',
    '    <oggetto>Richiesta laboratorio</oggetto>',
    '  </intestazione>',
    '  <dati>',
    '    <gestore-emittente>PEC S.p.A.</gestore-emittente>',
    '    <data zona="+0100">',
    '      <giorno>12/01/2026</giorno>',
    '      <ora>09:30:05</ora>',
    '    </data>',
    '    <identificativo>opec21.20260112093005.1234@pec.example.it</identificativo>',
    '    <msgid>&lt;orig-1@comune.bari.it&gt;</msgid>',
    '  </dati>',
    '</postacert>',
  ].join('\n');
}

/** A PEC transport envelope (or receipt, with `receipt`) around an inner raw message. */
export function buildPecEnvelope(options: { inner: string | null; daticert: string | null; receipt?: string; transport?: string }): Buffer {
  const headers = [
    'From: "Per conto di: protocollo@pec.comune.bari.it" <posta-certificata@pec.example.it>',
    'Reply-To: protocollo@pec.comune.bari.it',
    'To: cap4city@pec.anci.it',
    `Subject: POSTA CERTIFICATA: Richiesta laboratorio`,
    'Date: Mon, 12 Jan 2026 09:30:05 +0100',
    'Message-ID: <opec21.20260112093005.1234@pec.example.it>',
    ...(options.receipt ? [`X-Ricevuta: ${options.receipt}`] : [`X-Trasporto: ${options.transport ?? 'posta-certificata'}`]),
    'MIME-Version: 1.0',
    'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg="sha-256"; boundary="SIGNED"',
  ];
  const mixed = [
    '--MIXED',
    'Content-Type: text/plain; charset="iso-8859-1"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Messaggio di posta certificata',
    ...(options.daticert === null
      ? []
      : [
          '--MIXED',
          'Content-Type: application/xml; name="daticert.xml"',
          'Content-Disposition: inline; filename="daticert.xml"',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from(options.daticert).toString('base64'),
        ]),
    ...(options.inner === null
      ? []
      : ['--MIXED', 'Content-Type: message/rfc822; name="postacert.eml"', 'Content-Disposition: inline; filename="postacert.eml"', '', options.inner]),
    '--MIXED--',
  ];
  const body = [
    'This is an S/MIME signed message',
    '',
    '--SIGNED',
    'Content-Type: multipart/mixed; boundary="MIXED"',
    '',
    ...mixed,
    '',
    '--SIGNED',
    'Content-Type: application/pkcs7-signature; name="smime.p7s"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="smime.p7s"',
    '',
    'MIIBAA==',
    '--SIGNED--',
    '',
  ];
  return Buffer.from([...headers, '', ...body].join('\r\n').replace(/\r?\n/g, '\r\n'));
}

export const INNER_REQUEST = [
  'From: Ufficio Protocollo <protocollo@pec.comune.bari.it>',
  'To: cap4city@pec.anci.it',
  'Subject: Richiesta laboratorio',
  'Date: Mon, 12 Jan 2026 09:30:00 +0100',
  'Message-ID: <orig-1@comune.bari.it>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Comune richiedente: Bari',
  'Referente: Mario Rossi',
  'Laboratorio richiesto: Procedure e affidamenti',
  '',
].join('\r\n');
