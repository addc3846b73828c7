/**
 * `npm start`: the assistant as an HTTP service. With no configuration it runs
 * on port 3978 with SQLite in ./data and the local intake service embedded.
 */
import { ConfigError, loadConfig, type Config } from './config';
import { loadDotEnv } from './env-file';
import { createLogger } from './logger';
import { startService } from './service';

function configOrExit(): Config {
  loadDotEnv();
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Cannot start: invalid configuration.\n${err.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(78); // EX_CONFIG
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const service = await startService(config, logger);
  logger.info(
    {
      url: service.url,
      intake: service.assistant.localIntake ? 'embedded' : 'remote',
      storage: config.DATABASE_URL ? 'postgresql' : 'sqlite',
    },
    'assistant listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing turns in flight');
    await service.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: Error) => {
  process.stderr.write(`Cannot start: ${err.message}\n`);
  process.exit(1);
});
