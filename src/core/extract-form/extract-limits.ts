import type { DocumentInput, ExtractedForm } from '../types.ts';

export interface ExtractLimits {
  timeoutMs: number;
  maxUnzippedBytes: number;
  maxZipEntries: number;
  maxPdfPages: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  timeoutMs: 10_000,
  maxUnzippedBytes: 64 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxPdfPages: 30,
});

export interface ExtractResult {
  form: ExtractedForm | null;
  warnings: string[];
}

export type DocumentExtractor = (
  doc: DocumentInput,
  limits: ExtractLimits,
) => Promise<ExtractResult>;

export function resolveLimits(limits: Partial<ExtractLimits> = {}): ExtractLimits {
  return { ...DEFAULT_EXTRACT_LIMITS, ...limits };
}

export function describeFile(filename: string | null): string {
  return filename ?? '(senza nome)';
}
