import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export interface ExpertChoice {
  id: string;
  name: string;
  email: string | null;
  active: boolean;
}

/**
 * The experts of config/experts.yaml for the picker; tolerant, because the assign worker owns the
 * file's full validation: a missing or unreadable file gives an empty list.
 */
export function loadExpertChoices(file: string | null | undefined): ExpertChoice[] {
  if (!file || !existsSync(file)) return [];
  try {
    const doc = parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 50 }) as { experts?: unknown } | null;
    const list = Array.isArray(doc?.experts) ? (doc.experts as Array<Record<string, unknown>>) : [];
    return list
      .filter((e) => typeof e?.id === 'string' && e.id)
      .map((e) => ({
        id: String(e.id),
        name: typeof e.name === 'string' && e.name ? e.name : String(e.id),
        email: typeof e.email === 'string' ? e.email : null,
        active: e.active !== false,
      }));
  } catch {
    return [];
  }
}
