import type { DocumentInput } from '../types.ts';
import { docxBlocks } from './docx-blocks.ts';
import { describeFile, type ExtractLimits, type ExtractResult } from './extract-limits.ts';
import { documentFields, documentProseWarning } from './document-fields.ts';
import { hasMeaningfulValues } from './has-meaningful-values.ts';
import { readZipEntries } from './read-zip-entries.ts';

const DOCUMENT_PART = 'word/document.xml';

/** Reads a DOCX: label | value table rows, "Label: value" paragraphs, checkboxes and content controls. */
export async function extractDocx(doc: DocumentInput, limits: ExtractLimits): Promise<ExtractResult> {
  const name = describeFile(doc.filename);
  const zip = await readZipEntries(doc.content, (entry) => (entry === DOCUMENT_PART ? 'read' : 'skip'), limits, name);
  const xml = zip.entries.get(DOCUMENT_PART);
  if (!zip.ok || !xml) {
    return { form: null, warnings: zip.ok ? [`docx-unreadable: ${name} has no ${DOCUMENT_PART}`] : zip.warnings };
  }
  const { blocks, error } = docxBlocks(xml.toString('utf8'));
  const warnings = error ? [`docx-malformed: ${name}: ${error}`] : [];
  const { fields, fromProse, evidence } = documentFields(blocks);
  if (!hasMeaningfulValues(fields)) return { form: null, warnings };
  return { form: { source: 'docx', filename: doc.filename, fields, evidence, warnings: documentProseWarning(name, fromProse) }, warnings };
}
