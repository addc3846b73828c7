/**
 * Officer CLI for the local intake service; works on its SQLite file directly
 * (safe beside the running service: WAL mode).
 *
 *   tsx adapters/intake/local/admin-cli.ts list [limit]
 *   tsx adapters/intake/local/admin-cli.ts show <receiptCode>
 *   tsx adapters/intake/local/admin-cli.ts set-status <receiptCode> <status> [message…] [--tracking <code>] [--expected YYYY-MM-DD]
 */
import { readIntakeEnv } from './env';
import { NEXT_STATUSES, StatusChange, changeStatus } from './officer';
import { IntakeStore } from './store';

export interface CliIo {
  dbPath: string;
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
}

const USAGE = [
  'usage:',
  '  admin-cli list [limit]',
  '  admin-cli show <receiptCode>',
  '  admin-cli set-status <receiptCode> <status> [message…] [--tracking <code>] [--expected YYYY-MM-DD]',
  `statuses: ${Object.keys(NEXT_STATUSES).join(', ')}`,
].join('\n');

/** Runs one command; returns the process exit code. */
export function runAdminCli(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  if (command !== 'list' && command !== 'show' && command !== 'set-status') {
    io.err(USAGE);
    return 2;
  }
  const store = new IntakeStore(io.dbPath);
  try {
    if (command === 'list') {
      const limit = rest[0] === undefined ? 20 : Number(rest[0]);
      if (!Number.isInteger(limit) || limit < 1) {
        io.err(USAGE);
        return 2;
      }
      for (const d of store.listDossiers(limit)) io.out(`${d.receiptCode}\t${d.procedureCode}\t${d.status}\t${d.updatedAt}`);
      return 0;
    }
    const code = rest[0];
    if (code === undefined) {
      io.err(USAGE);
      return 2;
    }
    if (command === 'show') {
      const d = store.getDossier(code);
      if (!d) {
        io.err(`no dossier ${code}`);
        return 1;
      }
      const { applicantPhone: _phone, ...status } = d;
      io.out(JSON.stringify(status, null, 2));
      return 0;
    }
    const parsed = parseSetStatus(rest.slice(1));
    const change = StatusChange.safeParse(parsed);
    if (!change.success) {
      io.err(`invalid status change: ${change.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}\n${USAGE}`);
      return 2;
    }
    const result = changeStatus(store, code, change.data, (io.now ?? (() => new Date()))());
    if (result.ok) {
      io.out(JSON.stringify(result.status, null, 2));
      return 0;
    }
    io.err(result.reason === 'not_found' ? `no dossier ${code}` : `a dossier that is ${result.from} cannot become ${result.to}`);
    return 1;
  } finally {
    store.close();
  }
}

function parseSetStatus(args: readonly string[]): Record<string, string | undefined> {
  const words: string[] = [];
  let tracking: string | undefined;
  let expected: string | undefined;
  for (let i = 1; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--tracking') tracking = args[++i];
    else if (arg === '--expected') expected = args[++i];
    else if (arg !== undefined) words.push(arg);
  }
  return {
    status: args[0],
    ...(words.length > 0 ? { message: words.join(' ') } : {}),
    ...(tracking !== undefined ? { postalTrackingCode: tracking } : {}),
    ...(expected !== undefined ? { expectedResultDate: expected } : {}),
  };
}

if (require.main === module) {
  const env = readIntakeEnv();
  process.exitCode = runAdminCli(process.argv.slice(2), {
    dbPath: env.dbPath,
    out: (l) => process.stdout.write(l + '\n'),
    err: (l) => process.stderr.write(l + '\n'),
  });
}
