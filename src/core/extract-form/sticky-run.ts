/**
 * Where a run of `run` (a sticky regex that cannot fail, e.g. /\s*\/y) starting at `from` ends. Sticky runs
 * consume their whole run and never backtrack: the scanners built on them stay linear in the text.
 */
export function runEnd(run: RegExp, text: string, from: number): number {
  run.lastIndex = from;
  run.test(text);
  return run.lastIndex;
}
