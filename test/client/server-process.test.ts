import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { SERVER_ENV, SERVER_EXEC_ARGV, serverEnv } from '../../client/src/server-process';

describe('how the extension starts the language server', () => {
  it('passes node flags that this node accepts', () => {
    const run = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', 'process.exit(0)'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
  });

  it('sets its malloc variables only where the user has not set them', () => {
    assert.deepEqual(serverEnv({}), SERVER_ENV);
    const [name] = Object.keys(SERVER_ENV);
    assert.ok(name);
    assert.equal(serverEnv({ [name]: '8' })[name], undefined, 'the user\'s value wins');
  });
});
