/**
 * `npm run zalo:sim`: Zalo on this machine. Starts the simulator on loopback,
 * prints the variables that point the assistant at it, serves a page that
 * plays a Zalo user (http://127.0.0.1:<port>/?user=…), and reads lines from
 * the terminal as that user's messages:
 *
 *   any text      a message          /photo <path>   a JPEG/PNG via the simulated CDN
 *   1..5          tap a button       /pdf <path>     a PDF file
 *   /follow       follow the OA      /unfollow       unfollow it
 *
 * The simulator's current refresh token is kept in DATA_DIR/zalo-sim.json,
 * because the assistant stores the rotated one and a restarted simulator must
 * still accept it.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { startZaloSimulator, type SimMessage } from './server';

const env = process.env;
const dataDir = path.resolve(env.DATA_DIR ?? './data');
const stateFile = path.join(dataDir, 'zalo-sim.json');

function render(m: SimMessage): string {
  if (m.kind === 'text') return m.text;
  if (m.kind === 'list') return [m.title, ...m.buttons.map((b, i) => `  [${i + 1}] ${b.title}`)].join('\n');
  if (m.kind === 'file') return `(tệp ${m.name}, ${m.bytes.length} byte)`;
  return `(ảnh, ${m.bytes.length} byte)`;
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const saved = existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as { refreshToken?: string }) : {};
  const options = {
    appId: env.ZALO_APP_ID ?? 'sim-app',
    appSecret: env.ZALO_APP_SECRET ?? 'sim-app-secret',
    oaSecretKey: env.ZALO_OA_SECRET_KEY ?? 'sim-oa-secret-key',
    refreshToken: saved.refreshToken ?? env.ZALO_REFRESH_TOKEN ?? 'sim-refresh-token',
    port: Number(env.ZALO_SIM_PORT ?? 8099),
    webhookUrl: env.ZALO_SIM_WEBHOOK ?? `http://127.0.0.1:${env.PORT ?? 3978}/api/zalo/webhook`,
  };
  const sim = await startZaloSimulator(options);
  sim.on('rotated', (refreshToken: string) => writeFileSync(stateFile, JSON.stringify({ refreshToken }), { mode: 0o600 }));
  const userId = env.ZALO_SIM_USER ?? 'sim-user-1';
  const user = sim.user(userId);

  process.stdout.write(
    [
      `Zalo simulator on ${sim.url} (loopback only)`,
      `Chat page: ${sim.url}/?user=${userId}`,
      `Start the assistant with:`,
      `  ZALO_APP_ID=${options.appId} ZALO_APP_SECRET=${options.appSecret} ZALO_OA_SECRET_KEY=${options.oaSecretKey} ZALO_REFRESH_TOKEN=${env.ZALO_REFRESH_TOKEN ?? 'sim-refresh-token'} \\`,
      `  ZALO_API_BASE=${sim.url} ZALO_OAUTH_BASE=${sim.url} ZALO_ZNS_BASE=${sim.url} ZALO_CDN_HOSTS=127.0.0.1 ATTACHMENT_ALLOW_HOSTS=127.0.0.1 npm start`,
      `Type as the Zalo user ${userId} (/follow first):`,
      '',
    ].join('\n'),
  );
  sim.on('message', (to: string, m: SimMessage) => {
    if (to === userId) process.stdout.write(`oa> ${render(m).replace(/\n/g, '\n    ')}\n`);
  });
  sim.on('zns', (z: { phone: string; template_id: string }) =>
    process.stdout.write(`(ZNS template ${z.template_id} sent to a phone number)\n`),
  );

  const rl = readline.createInterface({ input: process.stdin });
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    try {
      const [command, ...rest] = line.split(/\s+/);
      const arg = rest.join(' ');
      let status: number;
      if (command === '/follow') status = (await user.follow()).status;
      else if (command === '/unfollow') status = (await user.unfollow()).status;
      else if (command === '/photo')
        status = (await user.image(readFileSync(arg), arg.toLowerCase().endsWith('.png') ? 'image/png' : 'image/jpeg', path.basename(arg)))
          .status;
      else if (command === '/pdf') status = (await user.file(readFileSync(arg), path.basename(arg))).status;
      else if (/^[1-5]$/.test(line) && sim.messagesFor(userId).at(-1)?.kind === 'list') status = (await user.tap(Number(line))).status;
      else status = (await user.text(line)).status;
      if (status !== 200) process.stdout.write(`(the webhook answered ${status})\n`);
    } catch (err) {
      process.stdout.write(`(could not send: ${(err as Error).message})\n`);
    }
  }
  await sim.close();
}

main().catch((err: Error) => {
  process.stderr.write(`zalo:sim: ${err.message}\n`);
  process.exit(1);
});
