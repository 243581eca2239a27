/** One method result of an Authentication-Results header (RFC 8601), e.g. `dmarc=fail header.from=x.it`. */
export interface AuthMethodResult {
  method: string;
  result: string;
  properties: Record<string, string>;
}

export interface AuthenticationResults {
  authservId: string;
  results: AuthMethodResult[];
}

/** Parses one Authentication-Results value; null when it has no authserv-id. Comments are dropped. */
export function readAuthenticationResults(value: string): AuthenticationResults | null {
  const text = stripComments(value);
  const [head, ...clauses] = text.split(';');
  const authservId = head?.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!authservId) return null;
  const results: AuthMethodResult[] = [];
  for (const clause of clauses) {
    const tokens = clause.trim().split(/\s+/).filter(Boolean);
    const first = tokens.shift();
    const match = first ? /^([a-z0-9_-]+)(?:\/[0-9]+)?=([a-z]+)$/i.exec(first) : null;
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const token of tokens) {
      const eq = token.indexOf('=');
      if (eq > 0) properties[token.slice(0, eq).toLowerCase()] = token.slice(eq + 1).replace(/^"|"$/g, '');
    }
    results.push({ method: match[1]!.toLowerCase(), result: match[2]!.toLowerCase(), properties });
  }
  return { authservId, results };
}

function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && (depth > 0 || quoted)) {
      i++;
      continue;
    }
    if (ch === '"' && depth === 0) quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}
