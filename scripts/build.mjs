// Bundles the extension, the language server and the CLI with esbuild.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  // Minified in development too: the extension host compiles less at activation (issue #9 asks
  // for activation under 50 ms and a server under 2 MB), and the source maps keep stacks readable.
  minify: true,
  logLevel: 'warning',
  // jsonc-parser's UMD entry loads its parts dynamically, which a bundle cannot follow.
  mainFields: ['module', 'main'],
  define: { BACKEND_GUIDANCE_VERSION: JSON.stringify(version) },
};

/**
 * zod is half of the server and CLI bundles (~450 KB minified) but only validates configuration,
 * baselines and settings. In its own file, V8 compiles it when it is first required instead of
 * pre-parsing it at every start: the CLI on files without configuration never needs it.
 */
const zodApart = {
  name: 'zod-apart',
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, () => ({ path: './zod.js', external: true }));
  },
};

/**
 * The extension's entry requires the language client lazily (`require('./language-client')`): it
 * stays a separate bundle, loaded after activation returns (see client/src/extension.ts).
 */
const clientApart = {
  name: 'client-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/language-client$/ }, () => ({ path: './language-client.js', external: true }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [clientApart] }),
  build({ ...common, entryPoints: ['client/src/language-client.ts'], outfile: 'dist/language-client.js', external: ['vscode'] }),
  // The server validates its settings at start, so it needs zod from the first message: kept inside.
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [zodApart] }),
  build({ ...common, stdin: { contents: "module.exports = require('zod');", resolveDir: '.', sourcefile: 'zod-entry.js' }, outfile: 'dist/zod.js' }),
]);
