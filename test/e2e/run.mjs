#!/usr/bin/env node
// End-to-end tests of the extension in a real VS Code (`npm run test:e2e`), and the demo (`npm run demo`).
//
//   node test/e2e/run.mjs            install (cached), build, in-host Mocha suite, then UI checks in chromium
//   node test/e2e/run.mjs --demo     start the same VS Code with the extension on examples/ and print the URL
//   options: --no-ui | --no-suite | --no-build | --install-only | --keep (keep the temp dir) | --port N
//   env:     BG_E2E_CACHE (default <repo>/.e2e-cache), BG_E2E_GREP (mocha grep), BG_E2E_TIMEOUT_S (default 600)
//
// VS Code comes from the npm package code-server (its lib/vscode is VS Code's own server + web workbench),
// started as `node lib/vscode/out/server-main.js` and opened in Debian's chromium through playwright-core.
// The extension is loaded as a development extension (extensionDevelopmentPath / extensionTestsPath), the
// contract @vscode/test-electron uses, so the same suite (test/e2e/suite/) also runs in desktop VS Code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import util from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureAll } from './lib/setup.mjs';
import { findLogs, startVSCodeServer, tail } from './lib/vscode-server.mjs';
import { runUiChecks } from './lib/ui.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = path.resolve(process.env.BG_E2E_CACHE || path.join(REPO, '.e2e-cache'));
const RESULTS_DIR = path.join(REPO, 'test-results/e2e');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };

const t0 = Date.now();
const secs = (from = t0) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
const log = (...a) => console.log(`[e2e ${secs()}]`, ...a);

let server;
let browser;
let root;
let finished = false;
async function cleanup() {
  try { await browser?.close(); } catch {}
  browser = undefined;
  try { await server?.stop(); } catch {}
  server = undefined;
  if (root && !flag('keep')) { try { fs.rmSync(root, { recursive: true, force: true }); } catch {} }
  else if (root) log(`kept ${root}`);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { log(`${sig}: stopping`); await cleanup(); process.exit(130); });

function printDiagnostics() {
  if (!root) return;
  console.error('\n===== diagnostics =====');
  console.error(`--- VS Code server log (${server?.logFile ?? 'n/a'})\n${server ? tail(server.logFile, 4000) : ''}`);
  for (const f of findLogs(root)) console.error(`--- ${path.relative(root, f)}\n${tail(f, 8000)}`);
  console.error('===== end of diagnostics =====\n');
}

async function launchBrowser(chromium, executablePath, name) {
  const profile = path.join(root, `chromium-profile-${name}`);
  const home = path.join(root, 'home');
  return chromium.launchPersistentContext(profile, {
    executablePath, headless: true,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
    viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

function copyFixture(name) {
  const dest = path.join(root, name);
  fs.cpSync(path.join(REPO, 'test/e2e/fixture'), dest, { recursive: true });
  return dest;
}

/** The Mocha suite inside the extension host; resolves with the parsed results file. */
async function runSuite(chromium, paths, resultsFile, timeoutMs) {
  const folder = copyFixture('workspace-suite');
  fs.rmSync(resultsFile, { force: true });
  browser = await launchBrowser(chromium, paths.chromium, 'suite');
  const page = browser.pages()[0] ?? await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  let exitCode;
  // The web workbench reports the extension host's console and the test outcome through these hooks.
  // Everything goes to test-results/e2e/workbench-console.log; the terminal gets the suite's own lines.
  const consoleLog = fs.createWriteStream(path.join(RESULTS_DIR, 'workbench-console.log'));
  const noise = /workbench\.js|open-vsx|Service Worker|socket|connection token|builtin extensions|ChatSessionStore|CodeExpectedError/;
  await page.exposeFunction('codeAutomationLog', (type, a) => {
    const text = util.format(...(a ?? []));
    consoleLog.write(`[${type}] ${text}\n`);
    for (const line of text.split('\n')) if (line.trim() && !noise.test(line)) console.log(`  [ext-host] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; });
  await page.goto(server.url({ folder, extensionDevelopmentPath: REPO, extensionTestsPath: path.join(REPO, 'test/e2e/suite') }));
  const deadline = Date.now() + timeoutMs;
  while (exitCode === undefined) {
    if (Date.now() > deadline) throw new Error(`in-host suite did not finish within ${timeoutMs / 1000} s${pageErrors.length ? `; page errors: ${pageErrors.slice(0, 5).join(' | ')}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await browser.close();
  browser = undefined;
  consoleLog.end();
  if (!fs.existsSync(resultsFile)) throw new Error(`the in-host suite exited with ${exitCode} and wrote no results file (${resultsFile})`);
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  results.exitCode = exitCode;
  return results;
}

async function main() {
  const totalTimeoutMs = Number(process.env.BG_E2E_TIMEOUT_S || 600) * 1000;
  const watchdog = setTimeout(async () => {
    console.error(`[e2e] FAILED: overall timeout of ${totalTimeoutMs / 1000} s`);
    printDiagnostics();
    await cleanup();
    process.exit(1);
  }, totalTimeoutMs);
  watchdog.unref();

  log(`cache: ${CACHE}`);
  const tSetup = Date.now();
  const paths = ensureAll(CACHE, log);
  log(`setup done in ${secs(tSetup)}`);
  if (flag('install-only')) return 0;

  if (!flag('no-build')) {
    const tBuild = Date.now();
    const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build failed');
    log(`build done in ${secs(tBuild)}`);
  }

  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-e2e-'));
  const resultsFile = path.join(root, 'suite-results.json');
  const tServer = Date.now();
  server = await startVSCodeServer({
    vscodeDir: paths.vscodeDir, root, port: opt('port') ? Number(opt('port')) : undefined, log,
    env: { BG_E2E_RESULTS: resultsFile, BG_E2E_NODE_MODULES: paths.toolsModules, BG_E2E_GREP: process.env.BG_E2E_GREP ?? '' },
  });
  log(`server started in ${secs(tServer)}`);

  if (flag('demo')) {
    const examples = path.join(REPO, 'examples');
    console.log(`\nBackend Guidance demo: open this URL in a browser on this machine (bound to 127.0.0.1):\n\n  ${server.url({ folder: examples, extensionDevelopmentPath: REPO, openFile: path.join(examples, 'compose.yaml') })}\n\nPress Ctrl+C to stop.`);
    await new Promise(() => {});
  }

  const { chromium } = createRequire(path.join(paths.toolsModules, 'x.js'))('playwright-core');
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  let failed = false;

  if (!flag('no-suite')) {
    const tSuite = Date.now();
    log('in-host suite: starting');
    const results = await runSuite(chromium, paths, resultsFile, 240_000);
    fs.writeFileSync(path.join(RESULTS_DIR, 'suite-results.json'), JSON.stringify(results, null, 2));
    console.log(`\nIn-host suite (VS Code ${results.vscode}):`);
    for (const p of results.passed) console.log(`  ✔ ${p.title} (${p.ms} ms)`);
    for (const f of results.failed) console.log(`  ✘ ${f.title}\n${f.error.split('\n').map((l) => `      ${l}`).join('\n')}`);
    console.log(`  ${results.passed.length} passed, ${results.failed.length} failed, exit code ${results.exitCode} (${secs(tSuite)})\n`);
    if (results.failed.length || results.exitCode !== 0 || results.passed.length === 0) failed = true;
  }

  if (!flag('no-ui')) {
    const tUi = Date.now();
    log('UI checks: starting');
    const folder = copyFixture('workspace-ui');
    browser = await launchBrowser(chromium, paths.chromium, 'ui');
    const ui = await runUiChecks({ browser, server, folder, repo: REPO, outDir: RESULTS_DIR, log });
    await browser.close();
    browser = undefined;
    for (const c of ui.checks) console.log(`  ${c.ok ? '✔' : '✘'} UI: ${c.title}${c.ok ? '' : `\n      ${c.error}`}`);
    console.log(`  ${ui.checks.filter((c) => c.ok).length} passed, ${ui.checks.filter((c) => !c.ok).length} failed (${secs(tUi)}); screenshots in ${path.relative(REPO, RESULTS_DIR)}/\n`);
    if (ui.checks.some((c) => !c.ok)) failed = true;
    else if (ui.problemsShot) {
      fs.mkdirSync(path.join(REPO, 'docs'), { recursive: true });
      fs.copyFileSync(ui.problemsShot, path.join(REPO, 'docs/e2e-problems.png'));
    }
  }
  if (failed) printDiagnostics();
  log(failed ? 'FAILED' : 'PASSED');
  return failed ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(`[e2e] FAILED: ${e?.stack ?? e}`);
  printDiagnostics();
  code = 1;
} finally {
  finished = true;
  await cleanup();
}
log(`total ${secs()}`);
process.exit(code);
