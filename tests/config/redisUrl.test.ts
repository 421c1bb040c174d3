import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig';
import { problemsOf } from '../helpers/config';

describe('When REDIS_URL is set', () => {
  test.each(['redis://127.0.0.1:6379', 'rediss://:secret@example.redis.cache.windows.net:6380', 'redis://user:pw@redis:6379/2'])(
    '%s is accepted and kept for the built-in Direct Line',
    (url) => {
      expect(problemsOf({ REDIS_URL: url })).toEqual([]);
      expect(loadConfig({ REDIS_URL: url }).directLine.redisUrl).toBe(url);
    },
  );

  test('left empty, the built-in Direct Line keeps everything in memory', () => {
    expect(loadConfig({}).directLine.redisUrl).toBeUndefined();
  });

  test.each(['localhost:6379', 'http://127.0.0.1:6379', 'redis://', 'not a url'])('"%s" is refused with what to write instead', (url) => {
    const problems = problemsOf({ REDIS_URL: url });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^REDIS_URL must be redis:\/\/\[user:password@\]host\[:port\]\[\/db\] or rediss:\/\//);
  });

  test('a refused URL never shows its password', () => {
    const [problem] = problemsOf({ REDIS_URL: 'https://:very-secret-key@example.redis.cache.windows.net:6380' });
    expect(problem).toContain('https://:***@example.redis.cache.windows.net:6380');
    expect(problem).not.toContain('very-secret-key');
  });
});
