import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readText, type ReadScratch } from '../../server/src/cli/files';

describe('readText', () => {
  it('reads files of any size through one reused buffer exactly as a fresh read does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-read-'));
    try {
      const texts = ['a: 1\n', 'é’€ ünïcode: "✓"\n'.repeat(5000), '', 'b: 2\n', '\ufeffbom: true\n', 'x'.repeat(70_000)];
      const files = texts.map((text, i) => {
        const file = path.join(dir, `f${i}.yaml`);
        fs.writeFileSync(file, text);
        return file;
      });
      fs.writeFileSync(path.join(dir, 'bin.yaml'), Buffer.from([0x61, 0x00, 0x62]));
      const scratch: ReadScratch = { buffer: Buffer.alloc(0) };
      for (const file of [...files, ...files.slice().reverse()]) assert.deepEqual(readText(file, scratch), readText(file), file);
      assert.deepEqual(readText(files[1] as string, scratch), { ok: true, text: texts[1] });
      assert.deepEqual(readText(path.join(dir, 'bin.yaml'), scratch), { ok: false, reason: `${path.join(dir, 'bin.yaml')} looks binary and was skipped`, skipped: true });
      assert.match((readText(path.join(dir, 'missing.yaml'), scratch) as { reason: string }).reason, /cannot read .*ENOENT/);
      // The buffer grew to the largest file and was reused, not replaced, for smaller ones.
      assert.ok(scratch.buffer.length >= Buffer.byteLength(texts[1] as string));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a pipe, which has no size to read up to, whole', { skip: process.platform === 'win32' }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-fifo-'));
    try {
      const fifo = path.join(dir, 'in.yaml');
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
      // A writer in another process: opening a pipe waits for the other end.
      const writer = spawn('bash', ['-c', `printf 'a: 1\\n' > "${fifo}"`], { stdio: 'ignore' });
      assert.deepEqual(readText(fifo, { buffer: Buffer.alloc(0) }), { ok: true, text: 'a: 1\n' });
      writer.unref();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
