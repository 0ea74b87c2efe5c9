// extensionTestsPath module: VS Code's extension host calls run() after loading the extension under test
// (same contract in the web workbench started by test/e2e/run.mjs and in desktop VS Code via
// @vscode/test-electron, see test/e2e/desktop.mjs). Runs every *.test.js beside this file with Mocha
// and writes a JSON summary to $BG_E2E_RESULTS, which the harness asserts.
const fs = require('node:fs');
const path = require('node:path');

function loadMocha() {
  // The harness installs mocha into its cache folder and passes that node_modules by env var.
  const dir = process.env.BG_E2E_NODE_MODULES;
  return require(dir ? path.join(dir, 'mocha') : 'mocha');
}

exports.run = function run() {
  const Mocha = loadMocha();
  const resultsFile = process.env.BG_E2E_RESULTS;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep: process.env.BG_E2E_GREP || undefined });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const results = { vscode: require('vscode').version, passed: [], failed: [], started: new Date().toISOString() };
  const write = () => { if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2)); };
  return new Promise((resolve, reject) => {
    let runner;
    try {
      runner = mocha.run((failures) => {
        results.failures = failures;
        results.finished = new Date().toISOString();
        write();
        console.log(`[e2e suite] ${results.passed.length} passing, ${results.failed.length} failing`);
        failures > 0 ? reject(new Error(`${failures} end-to-end tests failed`)) : resolve();
      });
    } catch (e) {
      results.failed.push({ title: 'loading the suite', error: String(e && e.stack || e) });
      write();
      reject(e);
      return;
    }
    runner.on('pass', (t) => results.passed.push({ title: t.fullTitle(), ms: t.duration }));
    runner.on('fail', (t, err) => results.failed.push({ title: t.fullTitle(), error: String(err && err.stack || err) }));
  });
};
