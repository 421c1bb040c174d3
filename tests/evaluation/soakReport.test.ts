import { describe, expect, test } from 'vitest';
import { formatSoak, rssGrowth } from '../../src/evaluation/soak/soakReport';
import { upVotes } from '../../src/evaluation/soak/soakVisitors';

describe('When the soak reports what it measured', () => {
  test('memory growth is counted from the 20th second to the last reading', () => {
    const rss = [0, 5, 10, 15, 20, 25, 30].map((second) => ({ second, mb: second < 20 ? 100 + second : 200 + (second - 20) }));
    expect(rssGrowth(rss)).toBeCloseTo(5, 5);
    expect(rssGrowth(rss.slice(0, 4))).toBeUndefined();
  });

  test('errors are counted per channel and listed, most frequent first', () => {
    const text = formatSoak({
      seconds: 60,
      conversations: 2,
      rss: [{ second: 0, mb: 150 }],
      outcomes: [
        { channel: 'directline', ms: 10, at: 0 },
        { channel: 'messages', ms: 20, at: 0, error: 'messages: HTTP 503' },
        { channel: 'messages', ms: 20, at: 5, error: 'messages: HTTP 503' },
      ],
    });
    expect(text).toContain('| built-in Direct Line (post + poll) | 1 | 0 |');
    expect(text).toContain('| /api/messages (expectReplies) | 0 | 2 |');
    expect(text).toContain('2 × messages: HTTP 503');
  });

  test('a drain that lost a thanked vote says so', () => {
    const text = formatSoak({
      seconds: 60,
      conversations: 1,
      rss: [],
      outcomes: [{ channel: 'messages', ms: 100, at: 29_950, voteThanked: true }],
      drain: { atSecond: 30, exitCode: 0, recordedVotes: 0 },
    });
    expect(text).toContain('1 turns in flight, 1 finished, 0 cut; exit code 0');
    expect(text).toContain('1 LOST');
  });

  test('the 👍 of an answer card is found wherever the card puts it', () => {
    const card = { attachments: [{ content: { actions: [{ data: { action: 'feedback', entryId: 'e1', vote: 'up' } }, { data: { action: 'feedback', entryId: 'e1', vote: 'down' } }] } }] };
    expect(upVotes([card])).toEqual([{ action: 'feedback', entryId: 'e1', vote: 'up' }]);
  });
});
