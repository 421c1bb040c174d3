import { describe, expect, test } from 'vitest';
import { formatReview } from '../../src/learning/reviewReport';
import type { Review } from '../../src/learning/reviewTypes';

describe('When kb:review has nothing to show', () => {
  test('the headings count in plain English: "0 entries", not "0 entrys"', () => {
    const empty: Review = { since: '2026-11-01T00:00:00.000Z', records: 0, unanswered: [], disliked: [], alternates: [] };
    const printed = formatReview(empty, {});
    expect(printed).toContain('(0 entries)');
    expect(printed).toContain('(0 groups)');
    expect(printed).not.toContain('entrys');
  });
});
