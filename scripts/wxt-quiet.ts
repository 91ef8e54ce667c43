// Runs wxt with its arguments. On a terminal its output passes through; otherwise (CI, npm test,
// a log file) the spinner's frames and control characters are dropped, since wxt draws them
// whatever the output is: each line keeps only what was finally drawn on it, without colours.
import { spawn } from 'node:child_process';

// Colours, cursor moves, erase-line and show/hide cursor: every CSI sequence.
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const CONTROL = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** What a terminal would finally show of one line: the text after its last carriage return. */
export function finalText(line: string): string {
  const plain = line.replace(CONTROL, '');
  return plain.slice(plain.lastIndexOf('\r') + 1);
}

function main(): void {
  const tty = process.stdout.isTTY;
  const child = spawn('npx', ['wxt', ...process.argv.slice(2)], {
    stdio: ['inherit', tty ? 'inherit' : 'pipe', 'inherit'],
  });
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const text = finalText(line);
      if (text.trim() !== '') process.stdout.write(`${text}\n`);
    }
  });
  child.on('close', (code) => {
    const text = finalText(pending);
    if (text.trim() !== '') process.stdout.write(`${text}\n`);
    process.exit(code ?? 1);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
