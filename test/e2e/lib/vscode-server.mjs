// Starts VS Code's own server (code-server's lib/vscode/out/server-main.js) on 127.0.0.1, with its own
// HOME/TMPDIR/data dirs under `root`, in its own process group so that stop() ends the whole tree
// (extension hosts, the language server, file watchers).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

export async function startVSCodeServer({ vscodeDir, root, port, env = {}, log = console.log, timeoutMs = 60_000 }) {
  port ??= await freePort();
  const home = path.join(root, 'home');
  const tmp = path.join(root, 'tmp');
  for (const d of [home, tmp]) fs.mkdirSync(d, { recursive: true });
  const logFile = path.join(root, 'vscode-server.log');
  const out = fs.openSync(logFile, 'a');
  const childEnv = {
    ...process.env, ...env,
    HOME: home, TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'), XDG_CACHE_HOME: path.join(home, '.cache'),
  };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  delete childEnv.VSCODE_IPC_HOOK_CLI;
  const child = spawn(process.execPath, [path.join(vscodeDir, 'out/server-main.js'),
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', // release builds honour the dev/test URL payload only with this flag
    '--disable-telemetry', '--disable-workspace-trust', '--skip-welcome',
    '--server-data-dir', path.join(root, 'server-data'),
    '--user-data-dir', path.join(root, 'user-data'),
    '--extensions-dir', path.join(root, 'extensions'),
  ], { env: childEnv, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`VS Code server exited early (${JSON.stringify(exited)}):\n${tail(logFile)}`);
    try { if ((await fetch(`${base}/version`)).ok) break; } catch {}
    try { if ((await fetch(base + '/')).ok) break; } catch {}
    if (Date.now() > deadline) throw new Error(`VS Code server not up on ${base} after ${timeoutMs} ms:\n${tail(logFile)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`VS Code server up on ${base} (pid ${child.pid})`);

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    port, base, logFile, root, home,
    /** The workbench URL for `folder`, with the development-extension payload. */
    url({ folder, extensionDevelopmentPath, extensionTestsPath, openFile }) {
      const payload = [['skipWelcome', 'true']];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      if (openFile) payload.push(['openFile', remote(openFile)]);
      return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    async stop() {
      if (exited) return;
      try { process.kill(-child.pid, 'SIGTERM'); } catch {}
      const until = Date.now() + 5000;
      while (!exited && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      if (!exited) { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }
      // Anything still in the group (a language server that ignored SIGTERM) goes too.
      try { process.kill(-child.pid, 'SIGKILL'); } catch {}
    },
  };
}

export function tail(file, chars = 6000) {
  try { const s = fs.readFileSync(file, 'utf8'); return s.length > chars ? '…' + s.slice(-chars) : s; } catch { return `(no ${file})`; }
}

/** Log files worth printing when something fails: the extension host log and our output channel. */
export function findLogs(root) {
  const found = [];
  const walk = (dir) => {
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules' && e.name !== 'chromium-profile') walk(full); }
      else if (e.name === 'remoteexthost.log' || e.name === 'Backend Guidance.log') found.push(full);
    }
  };
  walk(root);
  return found;
}
