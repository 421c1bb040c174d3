import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createAnswerer } from '../../src/answering/answerer';
import { loadKnowledgeBase } from '../../src/knowledge';
import { openLearning } from '../../src/learning/openLearning';
import { buildReview } from '../../src/learning/review';
import { applyAlternates } from '../../src/learning/reviewApply';
import { silentLogger } from '../helpers/logs';

let scratch: string;
let knowledgeDir: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'faq-bot-loop-'));
  knowledgeDir = path.join(scratch, 'knowledge-review');
  await cp('tests/learning/fixtures/knowledge-review', knowledgeDir, { recursive: true });
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('When people pick a "did you mean" for a phrasing the base lacks', () => {
  test('kb:review proposes it, --apply adds it, and the bot then answers that phrasing directly', async () => {
    const config = {
      storage: { kind: 'file' as const, dataDir: path.join(scratch, 'data'), stateIdleDays: 30, container: 'unused' },
      learning: { retentionDays: 90, secretsDir: path.join(scratch, 'secrets') },
    };
    const typed = 'il programme dans quelle techno';
    const before = createAnswerer(await loadKnowledgeBase(knowledgeDir)).ask(typed);
    expect(before.kind).not.toBe('answer');

    // What the bot reports in two conversations (its side is tested in tests/bot/learningLoop.test.ts).
    const learning = await openLearning(config, silentLogger);
    for (const conversationId of ['teams:conv-1', 'webchat:conv-2']) {
      await learning.recorder.unanswered({ question: typed, conversationId, decision: 'suggest', candidates: [{ id: 'job-languages', score: 0.4 }] });
      await learning.recorder.suggestionPicked({ typed, pickedId: 'job-languages', conversationId });
    }
    await learning.close();
    const files = await readdir(path.join(scratch, 'data', 'learning'));
    expect(files).toHaveLength(1);
    expect(await readFile(path.join(scratch, 'data', 'learning', files[0]), 'utf8')).not.toMatch(/conv-1|conv-2|teams|webchat/);

    // Support staff run kb:review, then --apply.
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const reopened = await openLearning(config, silentLogger);
    const review = buildReview(await reopened.store.list(since), await loadKnowledgeBase(knowledgeDir), { since, minConversations: 2 });
    await reopened.close();
    expect(review.unanswered).toEqual([]);
    expect(review.alternates).toMatchObject([{ entryId: 'job-languages', question: typed, picks: 2, conversations: 2 }]);
    expect((await applyAlternates(knowledgeDir, review.alternates)).applied).toHaveLength(1);

    const after = createAnswerer(await loadKnowledgeBase(knowledgeDir)).ask(typed);
    expect(after.kind).toBe('answer');
    expect(after.answers[0].entry.id).toBe('job-languages');
  });
});
