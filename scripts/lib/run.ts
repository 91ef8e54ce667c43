import { spawn, type StdioOptions } from 'node:child_process';

/**
 * Runs a command with inherited output (or its stdout sent to our stderr, so a JSON-printing
 * script keeps stdout clean); resolves to its exit code and never rejects.
 */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  stdout: 'inherit' | 'stderr' = 'inherit',
): Promise<number> {
  return new Promise((resolve) => {
    const stdio: StdioOptions = stdout === 'inherit' ? 'inherit' : ['inherit', process.stderr, 'inherit'];
    const child = spawn(command, args, { stdio, env: { ...process.env, ...env } });
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 1));
  });
}
