import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addFeedback, readFeedback } from './feedback';

beforeEach(() => fakeBrowser.reset());

describe('verdict feedback', () => {
  it('keeps every report when several arrive at once, newest first', async () => {
    await Promise.all(
      ['4001234567', '4005556666', '9510211'].map((digits, i) =>
        addFeedback({ url: 'https://www.baidu.com/s', digits, verdict: 'suspicious' }, 1000 + i),
      ),
    );
    expect((await readFeedback()).map((f) => f.digits)).toEqual(['9510211', '4005556666', '4001234567']);
  });
});
