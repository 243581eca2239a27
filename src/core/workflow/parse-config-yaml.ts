import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { IntakeError } from '../errors.ts';

/**
 * YAML text → a value checked by `schema`. A bad file throws an IntakeError (`config-invalid`) whose
 * message names the file and the first bad field, e.g. `config/experts.yaml: experts.2.email: ...`.
 */
export function parseConfigYaml<S extends z.ZodType>(yamlText: string, schema: S, fileLabel: string): z.output<S> {
  let doc: unknown;
  try {
    doc = parseYaml(yamlText, { maxAliasCount: 50 }) ?? {};
  } catch (err) {
    throw configError(fileLabel, `not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const result = schema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(root)';
    throw configError(fileLabel, `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

export function configError(fileLabel: string, detail: string): IntakeError {
  return new IntakeError('config-invalid', `${fileLabel}: ${detail}`);
}

/** A calendar date written as `YYYY-MM-DD` that really exists (no 31 February). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
