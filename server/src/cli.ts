import { createAnalyzer } from './engine/analyzer';
import { runCli } from './cli/main';

declare const BACKEND_GUIDANCE_VERSION: string | undefined;
const version = typeof BACKEND_GUIDANCE_VERSION === 'string' ? BACKEND_GUIDANCE_VERSION : '0.0.0-dev';

// A reader that stops early (`| head`) closes the pipe; like other command-line tools, stop
// quietly with the status the run already has instead of a stack trace about EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

process.exitCode = runCli(
  process.argv.slice(2),
  { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) },
  () => createAnalyzer(__dirname),
  version,
);
