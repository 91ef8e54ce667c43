import { describe, expect, it } from 'vitest';
import { finalText } from './wxt-quiet';

describe('quiet wxt log', () => {
  it('keeps what the spinner finally drew on a line, without control characters', () => {
    const spun =
      '\x1b[?25l\r\x1b[36m⠋\x1b[39m Preparing...\x1b[K\r\x1b[36m⠙\x1b[39m [1/6] background\x1b[K\r\x1b[K\x1b[?25h\x1b[32m✔\x1b[39m Built extension in 13.3 s';
    expect(finalText(spun)).toBe('✔ Built extension in 13.3 s');
  });

  it('leaves a plain line as it is', () => {
    expect(finalText('  └─ .output/firefox-mv2/icon/48.png  284 B')).toBe(
      '  └─ .output/firefox-mv2/icon/48.png  284 B',
    );
  });
});
