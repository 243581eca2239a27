import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/** Paths pino blanks out wherever they appear in a log line. */
export const REDACT_PATHS = [
  'password',
  'pass',
  '*.password',
  '*.pass',
  '*.auth.pass',
  'auth.pass',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'databaseUrl',
  'redisUrl',
  'smtpUrl',
  '*.databaseUrl',
  '*.redisUrl',
  '*.smtpUrl',
  'secret',
  '*.secret',
];

export function createLogger(opts: { level?: string; format?: 'json' | 'pretty' | 'auto'; destination?: NodeJS.WritableStream } = {}): Logger {
  const options: LoggerOptions = {
    level: opts.level ?? 'info',
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  const pretty = opts.format === 'pretty' || (opts.format !== 'json' && process.stdout.isTTY === true && !opts.destination);
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } });
  }
  return opts.destination ? pino(options, opts.destination as pino.DestinationStream) : pino(options);
}

/** A URL safe to log: user and password replaced. */
export function redactUrl(url: string | null): string | null {
  if (!url) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = 'redacted';
    return u.toString();
  } catch {
    return '[unparseable url]';
  }
}
