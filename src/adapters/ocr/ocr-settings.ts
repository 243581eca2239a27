import { DEFAULT_OCR_CONFIDENCE_THRESHOLD } from '../../core/ocr/check-ocr-key-fields.ts';
import { DEFAULT_OCR_SETTINGS, type OcrSettings } from './ocr-runner.ts';

export interface OcrServiceSettings {
  /** OCR_ENABLED=false turns the OCR queue off: scans then wait in review unread, as before. */
  enabled: boolean;
  /** OCR_CONFIDENCE_THRESHOLD: a key field read with less confidence (0–100) is flagged for the secretariat. */
  threshold: number;
  runner: Partial<OcrSettings>;
}

/** OCR settings from the environment, validated: a bad value falls back to the default. */
export function ocrSettingsFromEnv(env: NodeJS.ProcessEnv): OcrServiceSettings {
  const number = (name: string, fallback: number, min: number, max: number) => {
    const value = Number(env[name]);
    return env[name]?.trim() && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
  };
  return {
    enabled: !/^(0|false|no|off)$/i.test(env.OCR_ENABLED?.trim() ?? ''),
    threshold: number('OCR_CONFIDENCE_THRESHOLD', DEFAULT_OCR_CONFIDENCE_THRESHOLD, 0, 100),
    runner: {
      pageTimeoutMs: number('OCR_PAGE_TIMEOUT_MS', DEFAULT_OCR_SETTINGS.pageTimeoutMs, 1000, 600_000),
      maxPages: number('OCR_MAX_PAGES', DEFAULT_OCR_SETTINGS.maxPages, 1, 20),
      // OCR_IDLE_EXIT_MS: the OCR thread (about 400 MB) ends after this long without a scan; 0 keeps it
      idleExitMs: number('OCR_IDLE_EXIT_MS', DEFAULT_OCR_SETTINGS.idleExitMs, 0, 86_400_000),
    },
  };
}
