// Worker-thread entry for file checks (check-pool.ts). Plain CommonJS so it starts the same
// under tsx, jest and a compiled build: it registers tsx for the TypeScript it loads.
'use strict';
const { parentPort } = require('node:worker_threads');
const path = require('node:path');
require('tsx/cjs/api').register();
const { runCheck } = require(path.join(__dirname, 'check-task.ts'));

parentPort.on('message', async (msg) => {
  try {
    const result = await runCheck(msg.task);
    parentPort.postMessage({ id: msg.id, ok: true, result });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, ok: false, error: err instanceof Error ? err.name : 'Error' });
  }
});
