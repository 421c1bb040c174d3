import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDashboard } from '../../src/admin/buildDashboard';
import { FileLearningStore } from '../../src/learning/fileLearningStore';
import { createLearningRecorder } from '../../src/learning/learningRecorder';
import type { LearningEvent } from '../../src/learning/types';
import { realKnowledgeBase } from '../helpers/knowledge';
import { seededRecords } from './seededRecords';

describe('When the staff page counts the records of a period', () => {
  test('only the days asked for are counted, each day of the period is listed, even without questions', async () => {
    const dashboard = buildDashboard(seededRecords(), await realKnowledgeBase(), { from: '2026-11-28', to: '2026-11-30' });
    expect(dashboard.days.map((day) => [day.day, day.questions])).toEqual([
      ['2026-11-28', 5],
      ['2026-11-29', 2],
      ['2026-11-30', 0],
    ]);
    expect(dashboard.totals.byChannel).toEqual({ site: 5, teams: 2, emulator: 0, autre: 0 });
  });

  test('an unknown channel counts as "autre", and "which job?" counts with "Vouliez-vous dire…"', async () => {
    const records: LearningEvent[] = [
      { type: 'asked', at: '2026-11-29T10:00:00.000Z', conversation: 'x', channel: 'slack', decision: 'choose-profile' },
    ];
    const dashboard = buildDashboard(records, await realKnowledgeBase(), { from: '2026-11-29', to: '2026-11-29' });
    expect(dashboard.totals).toEqual({
      questions: 1,
      byChannel: { site: 0, teams: 0, emulator: 0, autre: 1 },
      byOutcome: { answered: 0, suggested: 1, notAvailable: 0, unknown: 0 },
    });
  });
});

describe('When the bot records a question\'s outcome in the file store', () => {
  test('it is read back with its channel, decision and entry, and no text', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'asked-'));
    try {
      const store = new FileLearningStore(dir);
      const recorder = createLearningRecorder({ store, salt: 'a-salt-for-this-test', now: () => new Date('2026-11-29T10:00:00.000Z') });
      await recorder.asked({ conversationId: 'conv-1', channel: 'msteams', decision: 'answer', entryId: 'portage-overview' });
      const [record] = await store.list(new Date(0));
      expect(record).toMatchObject({ type: 'asked', channel: 'msteams', decision: 'answer', entryId: 'portage-overview' });
      expect(Object.keys(record).sort()).toEqual(['at', 'channel', 'conversation', 'decision', 'entryId', 'type']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
