import type * as Crypto from 'node:crypto';

/**
 * node:crypto, loaded on first use: requiring it costs about 10 ms, which every CLI run and server
 * start paid at load time, though only baselines and report nonces need it.
 */
export function crypto(): typeof Crypto {
  return require('node:crypto') as typeof Crypto;
}
