import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/adapters/http/csv.ts';
import { html, rawHtml } from '../../../src/adapters/http/html.ts';
import { contentDisposition, safeDownloadType } from '../../../src/adapters/http/message-attachments.ts';
import { resendMessageId } from '../../../src/adapters/http/actions/resend-mail.ts';
import { parseLabDates } from '../../../src/adapters/http/actions/set-lab-dates.ts';

describe('output encoding helpers', () => {
  it('escapes every interpolated value but SafeHtml, including attribute quotes', () => {
    const name = `"><script>alert('x')</script>`;
    expect(html`<input value="${name}">`.value).toBe('<input value="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">');
    expect(html`<p>${[rawHtml('<b>a</b>'), '<i>']}${null}${false}${0}</p>`.value).toBe('<p><b>a</b>&lt;i&gt;0</p>');
  });

  it('writes CSV cells for Excel: quotes doubled, separators quoted, formulas defused', () => {
    expect(csvCell('Comune di "Sopra"')).toBe('"Comune di ""Sopra"""');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"; bye')).toBe('"say ""hi""; bye"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+39 0835')).toBe("'+39 0835");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('riga\nnuova')).toBe('"riga\nnuova"');
    expect(toCsv([['a', 'b'], ['c', null]])).toBe('\uFEFFa;b\r\nc;\r\n');
  });

  it('never passes an HTML-ish type to the browser and keeps file names out of the header syntax', () => {
    expect(safeDownloadType('text/html; charset=utf-8')).toBe('application/octet-stream');
    expect(safeDownloadType('image/svg+xml')).toBe('application/octet-stream');
    expect(safeDownloadType('application/xhtml+xml')).toBe('application/octet-stream');
    expect(safeDownloadType('Application/PDF')).toBe('application/pdf');
    expect(contentDisposition('a"b\r\nc.pdf')).toBe(`attachment; filename="a_b__c.pdf"; filename*=UTF-8''a_b__c.pdf`);
    expect(contentDisposition('città.pdf')).toBe(`attachment; filename="citt_.pdf"; filename*=UTF-8''citt%C3%A0.pdf`);
  });

  it('derives resend Message-IDs and validates lab dates', () => {
    expect(resendMessageId('<C4C-2026-00001.ack@anci.it>', 1)).toBe('<C4C-2026-00001.ack.resend-1@anci.it>');
    expect(resendMessageId('<C4C-2026-00001.ack.resend-1@anci.it>', 2)).toBe('<C4C-2026-00001.ack.resend-2@anci.it>');
    expect(parseLabDates('2026-06-10, 2026-06-03 2026-06-10')).toEqual(['2026-06-03', '2026-06-10']);
    expect(parseLabDates('2026-02-30')).toMatch(/^Data non valida/);
    expect(parseLabDates('')).toEqual([]);
  });
});
