import type { DocumentInput } from '../types.ts';
import { describeFile, type ExtractLimits, type ExtractResult } from './extract-limits.ts';
import { documentFields, documentProseWarning } from './document-fields.ts';
import { odtBlocks } from './odt-blocks.ts';
import { hasMeaningfulValues } from './has-meaningful-values.ts';
import { readZipEntries } from './read-zip-entries.ts';

const CONTENT_PART = 'content.xml';

/** Reads an ODT: label | value table rows, "Label: value" paragraphs and form checkboxes. */
export async function extractOdt(doc: DocumentInput, limits: ExtractLimits): Promise<ExtractResult> {
  const name = describeFile(doc.filename);
  const zip = await readZipEntries(doc.content, (entry) => (entry === CONTENT_PART ? 'read' : 'skip'), limits, name);
  const xml = zip.entries.get(CONTENT_PART);
  if (!zip.ok || !xml) {
    return { form: null, warnings: zip.ok ? [`odt-unreadable: ${name} has no ${CONTENT_PART}`] : zip.warnings };
  }
  const { blocks, error } = odtBlocks(xml.toString('utf8'));
  const warnings = error ? [`odt-malformed: ${name}: ${error}`] : [];
  const { fields, fromProse, evidence } = documentFields(blocks);
  if (!hasMeaningfulValues(fields)) return { form: null, warnings };
  return { form: { source: 'odt', filename: doc.filename, fields, evidence, warnings: documentProseWarning(name, fromProse) }, warnings };
}
