import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from './config/config.ts';
import { createLogger, type Logger } from './logger.ts';
import { IntakeError } from './core/errors.ts';

const program = new Command();
program
  .name('cap4city')
  .description('Cap4City intake: turns the secretariat mailbox into a workflow of Capacity Lab requests.')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

function setup(): { config: Readonly<Config>; logger: Logger } {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  return { config, logger };
}

async function runService(roles: { watch: boolean; work: boolean }): Promise<void> {
  const { config, logger } = setup();
  const { startService } = await import('./main.ts');
  const service = await startService(config, logger, roles);
  logger.info({ roles, dataDir: config.dataDir }, 'cap4city is running (Ctrl+C to stop)');
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      logger.warn('second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: no new work is taken, work in hand is finished');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 30 s: exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    service.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

program
  .command('start')
  .description('run everything in one process: mail sources, queue workers (the local default)')
  .action(() => runService({ watch: true, work: true }));

program
  .command('watch')
  .description('run the mail sources only (IMAP watchers, or the drop folder); one active watcher per mailbox')
  .action(() => runService({ watch: true, work: false }));

program
  .command('work')
  .description('run the queue workers only (parse, store, send); start as many as you like')
  .action(() => runService({ watch: false, work: true }));

program
  .command('migrate')
  .description('apply the database migrations and exit')
  .action(async () => {
    const { config, logger } = setup();
    const { openDatabase } = await import('./adapters/db/database.ts');
    const { migrate } = await import('./adapters/db/migrate.ts');
    const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    try {
      const applied = await migrate(db);
      logger.info({ applied }, applied.length ? 'migrations applied' : 'database already up to date');
    } finally {
      await db.close();
    }
  });

program
  .command('parse')
  .description('dry run: parse raw messages (.eml) and print what was understood; no database, queue or network')
  .argument('<files...>', 'raw message files')
  .option('--json', 'one JSON line per file (schema 1, see FORM.md)')
  .action(async (files: string[], opts: { json?: boolean }) => {
    const { runParseCommand } = await import('./cli/parse-command.ts');
    process.exitCode = await runParseCommand(files, { json: Boolean(opts.json) });
  });

program
  .command('form')
  .description('write the blank request form (modulo di richiesta) to standard output')
  .addArgument(new (await import('commander')).Argument('<format>', 'pdf or docx').choices(['pdf', 'docx']))
  .addOption(new Option('-o, --output <file>', 'write to a file instead of standard output'))
  .action(async (format: 'pdf' | 'docx', opts: { output?: string }) => {
    const { runFormCommand } = await import('./cli/form-command.ts');
    process.exitCode = await runFormCommand(format, opts.output ?? null);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError || err instanceof IntakeError) {
    process.stderr.write(`cap4city: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
