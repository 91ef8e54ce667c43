import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Runs scripts/<script> with the given arguments the way its npm script does (tsx compiles it),
 * minus npx's own start-up. Resolves with stdout and stderr; rejects on a non-zero exit with
 * `code`, `stdout` and `stderr` on the error.
 */
export const runScript = (script: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args]);
