import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Database } from '../adapters/db/database.ts';
import { openDatabaseFromEnv, withMigratedDb } from './migrated-db.ts';
import { listWebUsers, upsertWebUser, WEB_ROLES, type WebRole } from '../adapters/db/web-users-repo.ts';
import { hashPassword } from '../adapters/http/auth/password-hash.ts';

export const MIN_PASSWORD_LENGTH = 10;

export interface UsersCommandIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  openDb(): Promise<Database>;
}

/** Only DATABASE_URL and CAP4CITY_DATA_DIR: managing users must not need the mailbox passwords. */
function defaultIo(): UsersCommandIo {
  return {
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    openDb: openDatabaseFromEnv,
  };
}

/** A prompt with the typed characters hidden, or the first line of piped input. */
async function readPassword(io: UsersCommandIo): Promise<string> {
  if (io.stdin.isTTY) {
    let muted = false;
    const output = new Writable({
      write(chunk, _encoding, done) {
        if (!muted) io.stderr.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input: io.stdin, output, terminal: true });
    const answer = new Promise<string>((resolve) => rl.question('Password: ', resolve));
    muted = true;
    const password = await answer;
    rl.close();
    io.stderr.write('\n');
    return password;
  }
  let data = '';
  for await (const chunk of io.stdin) data += chunk.toString();
  return data.split(/\r?\n/)[0] ?? '';
}

/** `cap4city users add USERNAME --name "..." --role operator [--password-env VAR]`: creates or updates a dashboard user. */
export async function runUsersAdd(
  username: string,
  opts: { name?: string; role?: string; passwordEnv?: string },
  io: UsersCommandIo = defaultIo(),
): Promise<number> {
  const login = username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{1,49}$/.test(login)) {
    io.stderr.write('cap4city: username: 2-50 characters, letters, digits, ".", "_" and "-"\n');
    return 2;
  }
  const role = (opts.role ?? 'operator') as WebRole;
  if (!WEB_ROLES.includes(role)) {
    io.stderr.write(`cap4city: --role must be one of ${WEB_ROLES.join(', ')}\n`);
    return 2;
  }
  let password: string;
  if (opts.passwordEnv) {
    password = io.env[opts.passwordEnv] ?? '';
    if (!password) {
      io.stderr.write(`cap4city: ${opts.passwordEnv} is not set\n`);
      return 2;
    }
  } else {
    password = await readPassword(io);
  }
  if (password.length < MIN_PASSWORD_LENGTH) {
    io.stderr.write(`cap4city: the password needs at least ${MIN_PASSWORD_LENGTH} characters\n`);
    return 2;
  }
  const passwordHash = await hashPassword(password);
  const result = await withMigratedDb(io.openDb, (db) => upsertWebUser(db, { username: login, displayName: opts.name?.trim() || login, role, passwordHash }));
  io.stdout.write(`${result.created ? 'created' : 'updated'} user ${login} (${role})\n`);
  return 0;
}

/** `cap4city users list`: one line per user. */
export async function runUsersList(io: UsersCommandIo = defaultIo()): Promise<number> {
  const users = await withMigratedDb(io.openDb, (db) => listWebUsers(db));
  if (users.length === 0) io.stdout.write('no users yet: cap4city users add USERNAME --name "Nome Cognome" --role admin\n');
  for (const u of users) {
    io.stdout.write(`${u.username}\t${u.role}\t${u.displayName}${u.disabled ? '\t(disabled)' : ''}\n`);
  }
  return 0;
}
