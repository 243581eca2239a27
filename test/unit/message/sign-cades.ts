import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Signs bytes as an attached CAdES (.p7m, DER) with a throwaway self-signed certificate of MARIO ROSSI. */
export function signCades(content: Buffer): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'cades-'));
  const key = join(work, 'key.pem');
  const cert = join(work, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-keyout', key, '-out', cert,
    '-subj', '/C=IT/serialNumber=TINIT-RSSMRA80A01H501U/CN=MARIO ROSSI'], { stdio: 'ignore' });
  writeFileSync(join(work, 'in.bin'), content);
  execFileSync('openssl', ['cms', '-sign', '-binary', '-nodetach', '-md', 'sha256', '-outform', 'DER', '-signer', cert, '-inkey', key,
    '-in', join(work, 'in.bin'), '-out', join(work, 'out.p7m')]);
  return readFileSync(join(work, 'out.p7m'));
}
