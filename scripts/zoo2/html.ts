/** HTML bodies as mail clients write them. */

export const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Outlook (Word as the HTML editor): the filtered-medium head, WordSection1, MsoNormal paragraphs. */
export function outlookHtml(inner: string): string {
  return (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" ' +
    'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">' +
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">' +
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n' +
    '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n' +
    'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\nspan.StileMessaggioDiPostaElettronica17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n' +
    '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n' +
    '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>' +
    `<body lang=IT link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>${inner}</div></body></html>`
  );
}

/** One Outlook paragraph; `html` is already escaped markup. */
export const mso = (html: string): string => `<p class=MsoNormal>${html}<o:p></o:p></p>\n`;
export const msoEmpty = (): string => '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n';

/** Thunderbird's HTML composer. */
export function thunderbirdHtml(inner: string): string {
  return (
    '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n' +
    `  <body>\n${inner}\n  </body>\n</html>\n`
  );
}
