/** Builds a raw RFC 5322 message for tests: headers as given, CRLF line endings. */
export function buildMail(headers: Record<string, string>, body: string): Buffer {
  const headerBlock = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  return Buffer.from(`${headerBlock}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'latin1');
}

export const BASE_HEADERS = {
  From: 'Mario Rossi <segreteria@comune.bari.it>',
  To: 'cap4city@anci.it',
  Subject: 'Richiesta laboratorio',
  Date: 'Mon, 12 Jan 2026 10:30:00 +0100',
  'Message-ID': '<abc123@comune.bari.it>',
  'MIME-Version': '1.0',
};
