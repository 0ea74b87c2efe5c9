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

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
