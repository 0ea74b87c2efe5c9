#!/usr/bin/env node
// Runs the same in-host suite (test/e2e/suite/) in a DESKTOP VS Code through @vscode/test-electron's
// runTests with vscodeExecutablePath (no download). Skips, exit code 0, when no desktop VS Code is found.
//
//   node test/e2e/desktop.mjs [--no-build]      VSCODE_EXECUTABLE=/path/to/code overrides the search
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureTools } from './lib/setup.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = path.resolve(process.env.BG_E2E_CACHE || path.join(REPO, '.e2e-cache'));

function findDesktopVSCode() {
  const candidates = [
    process.env.VSCODE_EXECUTABLE,
    '/usr/share/code/code', '/usr/share/code-insiders/code-insiders', '/opt/visual-studio-code/code',
    '/snap/code/current/usr/share/code/code',
    '/Applications/Visual Studio Code.app/Contents/MacOS/Electron',
    path.join(os.homedir(), 'AppData/Local/Programs/Microsoft VS Code/Code.exe'),
  ].filter(Boolean);
  return candidates.find((p) => { try { return fs.statSync(p).isFile(); } catch { return false; } });
}

const executable = findDesktopVSCode();
if (!executable) {
  console.log('e2e desktop: SKIPPED — no desktop VS Code found (looked for $VSCODE_EXECUTABLE, /usr/share/code/code, '
    + '/usr/share/code-insiders/code-insiders, /opt/visual-studio-code/code, the snap and the macOS/Windows install paths). '
    + 'Set VSCODE_EXECUTABLE to the Electron binary to run the suite there; `npm run test:e2e` runs it in the web build.');
  process.exit(0);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('e2e desktop: note — no DISPLAY; on a headless Linux run this under xvfb-run.');
}

const toolsModules = ensureTools(CACHE, (m) => console.log(m));
if (!process.argv.includes('--no-build')) {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { runTests } = createRequire(path.join(toolsModules, 'x.js'))('@vscode/test-electron');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-e2e-desktop-'));
const workspace = path.join(root, 'workspace');
fs.cpSync(path.join(REPO, 'test/e2e/fixture'), workspace, { recursive: true });
const resultsFile = path.join(root, 'suite-results.json');
let code = 1;
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: REPO,
    extensionTestsPath: path.join(REPO, 'test/e2e/suite'),
    extensionTestsEnv: { BG_E2E_RESULTS: resultsFile, BG_E2E_NODE_MODULES: toolsModules },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
      '--user-data-dir', path.join(root, 'user-data'), '--extensions-dir', path.join(root, 'extensions')],
  });
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  console.log(`e2e desktop (VS Code ${results.vscode}): ${results.passed.length} passed, ${results.failed.length} failed`);
  code = results.failed.length === 0 && results.passed.length > 0 ? 0 : 1;
} catch (e) {
  console.error(`e2e desktop: FAILED: ${e?.message ?? e}`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
process.exit(code);
