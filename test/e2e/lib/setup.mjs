// Installs, idempotently, everything the end-to-end tests need into the cache folder (.e2e-cache/ by default):
//   - Debian packages: chromium (the browser), ripgrep (replaces a GitHub download of @vscode/ripgrep),
//     libkrb5-dev (headers for code-server's kerberos native module) — via apt-get, only when missing;
//   - code-server (its lib/vscode is VS Code's own server + web workbench; 4.100.3 = VS Code 1.100.3, Node 20);
//   - the test tools: playwright-core (drives Debian's chromium; no browser download), mocha
//     (runs inside the extension host), @vscode/test-electron (optional desktop run).
// Every step is skipped when its result is already there, so a cached run costs a few milliseconds.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const VERSIONS = {
  codeServer: '4.100.3', // newest code-server whose engines.node is 20
  ripgrepPkg: '1.15.11', // @vscode/ripgrep pinned by code-server 4.100.3
  ripgrepAsset: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
  playwrightCore: '1.65.1',
  mocha: '11.8.0',
  testElectron: '2.5.2',
};

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function step(log, name, fn) {
  const t = Date.now();
  const did = fn();
  log(`setup: ${name}: ${did === false ? 'cached' : 'installed'} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

export function ensureAptPackages(log) {
  step(log, 'apt packages (chromium, ripgrep, libkrb5-dev)', () => {
    const missing = [];
    if (!fs.existsSync('/usr/bin/chromium')) missing.push('chromium');
    if (!has('rg')) missing.push('ripgrep');
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
    if (!missing.length) return false;
    if (!has('apt-get')) throw new Error(`e2e: missing ${missing.join(', ')} and no apt-get to install them`);
    const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
    const run = (args) => {
      const [cmd, ...rest] = [...sudo, ...args];
      const r = spawnSync(cmd, rest, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`e2e: ${args.join(' ')} failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
    };
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
    return true;
  });
}

function npmInstall(dir, specs, extraEnv, logFile) {
  fs.mkdirSync(dir, { recursive: true });
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, JSON.stringify({ name: path.basename(dir), version: '1.0.0', private: true }, null, 2));
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--foreground-scripts', ...specs], {
    cwd: dir, env: { ...process.env, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024,
  });
  fs.writeFileSync(logFile, (r.stdout ?? '') + (r.stderr ?? ''));
  if (r.status !== 0) throw new Error(`e2e: npm install ${specs.join(' ')} failed (log: ${logFile}):\n${((r.stdout ?? '') + (r.stderr ?? '')).slice(-4000)}`);
}

const installedVersion = (dir, name) => {
  try { return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version; } catch { return undefined; }
};

export function ensureCodeServer(cache, log) {
  const dir = path.join(cache, 'code-server');
  const vscodeDir = path.join(dir, 'node_modules/code-server/lib/vscode');
  step(log, `code-server@${VERSIONS.codeServer}`, () => {
    if (installedVersion(dir, 'code-server') === VERSIONS.codeServer && fs.existsSync(path.join(vscodeDir, 'out/server-main.js'))
      && fs.existsSync(path.join(dir, '.complete'))) return false;
    const tmp = path.join(cache, 'tmp');
    // @vscode/ripgrep's postinstall downloads rg from GitHub unless the asset is already in its cache
    // folder under $TMPDIR: seed it with Debian's rg (the archive holds 'rg' at its root).
    const rgCache = path.join(tmp, `vscode-ripgrep-cache-${VERSIONS.ripgrepPkg}`);
    fs.mkdirSync(rgCache, { recursive: true });
    const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
    execFileSync('tar', ['czf', path.join(rgCache, VERSIONS.ripgrepAsset), '-C', path.dirname(fs.realpathSync(rg)), path.basename(fs.realpathSync(rg))]);
    fs.rmSync(path.join(dir, '.complete'), { force: true });
    // npm_config_yes: node-pty's postinstall runs `npx node-gyp`; unsafe-perm: code-server's postinstall refuses root
    // otherwise. Native modules build from source (their prebuilt downloads come from GitHub).
    npmInstall(dir, ['--unsafe-perm', `code-server@${VERSIONS.codeServer}`], { TMPDIR: tmp, npm_config_yes: 'true' }, path.join(cache, 'code-server-install.log'));
    if (!fs.existsSync(path.join(vscodeDir, 'out/server-main.js'))) throw new Error(`e2e: ${vscodeDir}/out/server-main.js missing after install`);
    fs.writeFileSync(path.join(dir, '.complete'), new Date().toISOString());
    return true;
  });
  return vscodeDir;
}

export function ensureTools(cache, log) {
  const dir = path.join(cache, 'tools');
  const want = { 'playwright-core': VERSIONS.playwrightCore, mocha: VERSIONS.mocha, '@vscode/test-electron': VERSIONS.testElectron };
  step(log, 'playwright-core, mocha, @vscode/test-electron', () => {
    if (Object.entries(want).every(([n, v]) => installedVersion(dir, n) === v)) return false;
    npmInstall(dir, Object.entries(want).map(([n, v]) => `${n}@${v}`), {}, path.join(cache, 'tools-install.log'));
    return true;
  });
  return path.join(dir, 'node_modules');
}

/** Everything: returns the paths the harness needs. */
export function ensureAll(cache, log, { apt = true } = {}) {
  fs.mkdirSync(cache, { recursive: true });
  if (apt) ensureAptPackages(log);
  const toolsModules = ensureTools(cache, log);
  const vscodeDir = ensureCodeServer(cache, log);
  return { vscodeDir, toolsModules, chromium: '/usr/bin/chromium' };
}
