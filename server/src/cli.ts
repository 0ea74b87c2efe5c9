import { createAnalyzer } from './engine/analyzer';
import { runCli } from './cli/main';

declare const BACKEND_GUIDANCE_VERSION: string | undefined;
const version = typeof BACKEND_GUIDANCE_VERSION === 'string' ? BACKEND_GUIDANCE_VERSION : '0.0.0-dev';

process.exitCode = runCli(
  process.argv.slice(2),
  { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) },
  () => createAnalyzer(__dirname),
  version,
);
