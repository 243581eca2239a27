import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrRunner } from '../../../src/adapters/ocr/ocr-runner.ts';

/** Nice value of every thread of this process, from /proc (field 19 of stat). */
function threadNiceValues(): Map<string, number> {
  const values = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      values.set(tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return values;
}

describe.runIf(process.platform === 'linux')('OCR priority', () => {
  const runner = new OcrRunner({ pageTimeoutMs: 60_000 });
  afterAll(() => runner.close());

  it('reads scans in threads at the lowest priority, leaving the service itself at normal priority', async () => {
    const before = threadNiceValues();
    const scan = readFileSync(new URL('../../fixtures/scans/clean-matera.png', import.meta.url));
    const ocr = await runner.readDocument(scan, 'clean-matera.png');
    expect(ocr.pages.length).toBe(1);

    const after = threadNiceValues();
    const started = [...after].filter(([tid]) => !before.has(tid));
    // the OCR thread and the tesseract thread it starts
    expect(started.filter(([, nice]) => nice === 19).length).toBeGreaterThanOrEqual(2);
    expect(after.get(String(process.pid))).toBe(0);
  });
});
