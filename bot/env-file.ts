/**
 * `.env` in the working folder, parsed with Node's own `util.parseEnv` before the
 * configuration is validated. Variables already set in the environment win, so a
 * service manager's settings are never overridden.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

/** Loads `file` (default `./.env`) into `env` when it exists; returns the path it read, if any. */
export function loadDotEnv(file: string = path.resolve('.env'), env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!existsSync(file)) return undefined;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[name] === undefined) env[name] = value;
  }
  return file;
}
