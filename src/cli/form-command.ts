import { writeFile } from 'node:fs/promises';
import { loadParseSettings } from '../config/config.ts';
import { parseCatalog } from '../core/normalize/catalog.ts';
import { buildFormPdf } from '../core/form/build-form-pdf.ts';
import { buildFormDocx } from '../core/form/build-form-docx.ts';

/** `cap4city form pdf|docx`: the blank form, with the catalogue of config/catalog.yaml. */
export async function runFormCommand(format: 'pdf' | 'docx', output: string | null): Promise<number> {
  const catalog = parseCatalog(loadParseSettings().catalogYaml);
  const bytes = format === 'pdf' ? Buffer.from(await buildFormPdf(catalog)) : await buildFormDocx(catalog);
  if (output) await writeFile(output, bytes);
  else if (process.stdout.isTTY) {
    process.stderr.write('cap4city: the form is binary; redirect it to a file (cap4city form pdf > modulo.pdf) or use -o FILE\n');
    return 2;
  } else await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (err) => (err ? reject(err) : resolve())));
  return 0;
}
