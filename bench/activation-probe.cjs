// Runs in a fresh node (no tsx hooks, whose transforms would be timed too): loads
// dist/extension.js against a stub `vscode`, calls activate(), and waits until the client forks
// the server. Prints one JSON line: { loadMs, activateMs, serverStartMs, reachedServerStart, error }:
// activateMs is the activate() call itself, which with code loading is what VS Code counts as an
// extension's activation; serverStartMs runs from that call's start to the fork.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const childProcess = require('node:child_process');

const STUB_ID = path.join(__dirname, '__vscode_stub__.js');

/** Any property, call or `new` gives another stub; `then` is absent so nothing awaits forever. */
function stub(name) {
  const fn = function () {};
  const assigned = new Map();
  return new Proxy(fn, {
    set(_target, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(_target, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return function* () {};
      if (key === 'prototype') return fn.prototype;
      return stub(`${name}.${String(key)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? STUB_ID : originalResolve.call(this, request, ...rest);
};
// Bundlers copy a module's own keys into a namespace object (esbuild's __toESM), so the stub has
// the real API's top-level names, read from @types/vscode before the clock starts: about 190.
// (Listing every `.name` in the bundle instead, ~2,200 names, made that copy cost ~25 ms that the
// real extension host does not pay.)
const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'extension.js');
const declarations = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [root] }), 'utf8');
const names = new Set(Array.from(declarations.matchAll(/^\texport (?:class|enum|namespace|function|const|let|var) ([A-Za-z_$][\w$]*)/gm), (m) => m[1]));
if (names.size < 100) throw new Error(`@types/vscode: expected the API's top-level names, found ${names.size}`);
const api = {};
for (const name of names) api[name] = stub(`vscode.${name}`);
// vscode-languageclient refuses to start without a version it supports.
api.version = require(path.join(root, 'package.json')).engines.vscode.replace(/^\D*/, '');
const stubModule = new Module(STUB_ID);
stubModule.filename = STUB_ID;
stubModule.loaded = true;
stubModule.exports = api;
require.cache[STUB_ID] = stubModule;

// The extension host has loaded these Node built-ins for itself before any extension activates
// (the static imports of VS Code 1.100's out/vs/workbench/api/node/extensionHostProcess.js), so
// their first load is not the extension's to pay.
for (const builtin of ['child_process', 'events', 'fs', 'fs/promises', 'http', 'net', 'module', 'os', 'stream', 'string_decoder', 'url', 'util', 'zlib']) require(builtin);

let activateStart = 0n;
let serverStartAt = 0n;
const STOP = new Error('bench: stopped at server start');
for (const method of ['fork', 'spawn']) {
  const original = childProcess[method];
  childProcess[method] = function (...args) {
    if (activateStart && !serverStartAt) {
      serverStartAt = process.hrtime.bigint();
      throw STOP;
    }
    return original.apply(this, args);
  };
}

const ms = (from, to) => Number(to - from) / 1e6;
const loadStart = process.hrtime.bigint();
const extension = require(bundle);
const loadMs = ms(loadStart, process.hrtime.bigint());

const context = { subscriptions: [], asAbsolutePath: (p) => path.join(root, p), extensionPath: root, extensionUri: stub('uri') };
let activateMs = null;
const finish = (error) => {
  const reached = serverStartAt !== 0n;
  process.stdout.write(JSON.stringify({ loadMs, activateMs, serverStartMs: reached ? ms(activateStart, serverStartAt) : null, reachedServerStart: reached, error: reached ? null : String(error) }) + '\n');
  process.exit(0);
};
/** An error as one line: the first three lines of its stack. */
const briefly = (error) => (error && error.stack ? error.stack.split('\n').slice(0, 3).join(' ') : error);
setTimeout(() => finish('timed out after 5 s'), 5000).unref();
// The client is forked from a later task; the stubbed fork throws STOP there, which the client
// reports as a failed start: either way, the time of the fork is recorded.
setInterval(() => serverStartAt !== 0n && finish(null), 1);
activateStart = process.hrtime.bigint();
let returned;
try {
  returned = extension.activate(context);
} catch (error) {
  if (error !== STOP) finish(briefly(error));
}
activateMs = ms(activateStart, process.hrtime.bigint());
if (serverStartAt !== 0n) finish(null);
Promise.resolve(returned).catch((error) => {
  if (error !== STOP) finish(briefly(error));
});
