import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from './config/config.ts';
import { createLogger, type Logger } from './logger.ts';
import { IntakeError } from './core/errors.ts';

// `cap4city parse … | head` closes the pipe early: that is the reader's choice, not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

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

async function runService(roles: { watch: boolean; work: boolean; web?: boolean }): Promise<void> {
  const { config, logger } = setup();
  const { startService } = await import('./main.ts');
  let service: Awaited<ReturnType<typeof startService>> | null = null;
  let stopping = false;
  const stop = async () => {
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 30 s: exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    try {
      await service?.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  const onSignal = (signal: string) => {
    if (stopping) {
      logger.warn('second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: no new work is taken, work in hand is finished');
    // a signal during start-up is honoured once the service is up, so every child is stopped
    if (service) void stop();
  };
  // handlers first: a signal while starting must still close what was started
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  service = await startService(config, logger, roles);
  if (stopping) return stop();
  logger.info({ roles, dataDir: config.dataDir }, 'cap4city is running (Ctrl+C to stop)');
}

program
  .command('start')
  .description('run everything in one process: mail sources, queue workers, dashboard (the local default)')
  .action(() => runService({ watch: true, work: true, web: true }));

program
  .command('watch')
  .description('run the mail sources only (IMAP watchers, or the drop folder); one active watcher per mailbox')
  .action(() => runService({ watch: true, work: false }));

program
  .command('work')
  .description('run the queue workers only (parse, store, send); start as many as you like')
  .action(() => runService({ watch: false, work: true }));

program
  .command('web')
  .description('run the secretariat dashboard only, on WEB_PORT')
  .action(async () => {
    const { config, logger } = setup();
    const { runWebCommand } = await import('./cli/web-command.ts');
    const web = await runWebCommand(config, logger);
    const stop = () => void web.stop().then(() => process.exit(0), () => process.exit(1));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

const users = program.command('users').description('secretariat accounts of the dashboard');
users
  .command('add')
  .description('create or update an account; the password is read from the terminal, standard input or --password-env')
  .argument('<username>')
  .option('--name <name>', 'the name shown in the dashboard and in the timeline')
  .addOption(new Option('--role <role>', 'what the account may do').choices(['admin', 'operator', 'readonly']).default('operator'))
  .option('--password-env <VAR>', 'take the password from this environment variable')
  .action(async (username: string, opts: { name?: string; role?: string; passwordEnv?: string }) => {
    const { runUsersAdd } = await import('./cli/users-command.ts');
    process.exitCode = await runUsersAdd(username, opts);
  });
users
  .command('list')
  .description('list the accounts')
  .action(async () => {
    const { runUsersList } = await import('./cli/users-command.ts');
    process.exitCode = await runUsersList();
  });

const privacy = program.command('privacy').description('data protection requests of a contact (GDPR art. 15 and 17)');
privacy
  .command('export')
  .description('print every record about a contact as JSON (requests, messages, mail, timeline)')
  .argument('<email>')
  .action(async (email: string) => {
    const { runPrivacyExport } = await import('./cli/privacy-command.ts');
    process.exitCode = await runPrivacyExport(email);
  });
privacy
  .command('erase')
  .description("anonymise a contact's requests, messages and mail, keeping the statistics (dry run without --yes)")
  .argument('<email>')
  .option('--yes', 'really erase')
  .action(async (email: string, opts: { yes?: boolean }) => {
    const { runPrivacyErase } = await import('./cli/privacy-command.ts');
    process.exitCode = await runPrivacyErase(email, { yes: Boolean(opts.yes) });
  });

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
  .description('dry run: parse raw messages (.eml) and print what the service makes of them, scanned forms read with OCR; no database, queue or network')
  .argument('<files...>', 'raw message files')
  .option('--json', 'one JSON line per file (schema 1, see FORM.md)')
  // --ocr first: with it defined, --no-ocr leaves the default unset (the environment decides)
  .addOption(new (await import('commander')).Option('--ocr', 'read scanned forms with OCR (the default)').hideHelp())
  .option('--no-ocr', 'leave scanned forms unread (by default they are read with OCR, seconds per page, as the service reads them)')
  .action(async (files: string[], opts: { json?: boolean; ocr?: boolean }) => {
    const [{ runParseCommand }, { ocrSettingsFromEnv }] = await Promise.all([import('./cli/parse-command.ts'), import('./adapters/ocr/ocr-settings.ts')]);
    // as the service: OCR unless OCR_ENABLED=false, with its OCR_CONFIDENCE_THRESHOLD and page limits; --ocr / --no-ocr
    // (or CAP4CITY_PARSE_OCR=1 / 0) decide for this run
    const service = ocrSettingsFromEnv(process.env);
    const fromEnv = process.env.CAP4CITY_PARSE_OCR?.trim() ? !/^(0|false|no|off)$/i.test(process.env.CAP4CITY_PARSE_OCR.trim()) : service.enabled;
    process.exitCode = await runParseCommand(files, { json: Boolean(opts.json), ocr: opts.ocr ?? fromEnv, threshold: service.threshold, runner: service.runner });
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

const templates = program.command('templates').description('the mail templates (Italian, handlebars, templates/)');
templates
  .command('list')
  .description('list the templates and who reads each')
  .action(async () => {
    const { runTemplatesList } = await import('./cli/templates-command.ts');
    process.exitCode = await runTemplatesList();
  });
templates
  .command('preview')
  .description('render one template with sample data to a file')
  .argument('<name>', 'template name (see: cap4city templates list)')
  .option('-o, --output <file>', 'where to write (default ./preview-NAME.EXT)')
  .addOption(new Option('--format <format>', 'html, text or a whole message').choices(['html', 'text', 'eml']).default('html'))
  .action(async (name: string, opts: { output?: string; format: 'html' | 'text' | 'eml' }) => {
    const { runTemplatesPreview } = await import('./cli/templates-command.ts');
    process.exitCode = await runTemplatesPreview(name, { output: opts.output ?? null, format: opts.format });
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
