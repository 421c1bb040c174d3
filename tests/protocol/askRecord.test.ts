/**
 * Issue 14: `/api/ask` questions reach the learning records, and so kb:review, when the caller says so
 * (`"record": true`), with the privacy rules of a bot turn's records; never otherwise. Through real HTTP
 * on 127.0.0.1, into a file store that `npm run kb:review` then reads as support staff would run it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { FileLearningStore } from '../../src/learning/fileLearningStore';
import { createLearningRecorder } from '../../src/learning/learningRecorder';
import type { LearningEvent, LearningStore } from '../../src/learning/types';
import { httpErrors } from '../../src/server/errorMessages';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';

const ROOT = path.resolve(__dirname, '../..');
const OFF_TOPIC = 'Comment faire pousser des tomates sur mon balcon ?';
const since = new Date(Date.now() - 60 * 60_000);

let scratch: string;
let store: FileLearningStore;
let bot: RunningBot;
let records: () => Promise<LearningEvent[]>;

/** A store that always fails: the caller must still get its answer. */
const brokenStore: LearningStore = {
  append: () => Promise.reject(new Error('disk full')),
  list: () => Promise.resolve([]),
  purge: () => Promise.resolve(0),
  eraseConversation: () => Promise.resolve(0),
} as unknown as LearningStore;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'faq-bot-ask-record-'));
  store = new FileLearningStore(path.join(scratch, 'learning'));
  records = () => store.list(since);
  bot = await startBotServer({ recorder: createLearningRecorder({ store, salt: 'test-salt' }) });
});
afterAll(async () => {
  await bot?.close();
  await rm(scratch, { recursive: true, force: true });
});

const ask = (body: unknown, url = bot.url) => postJson(`${url}/api/ask`, body);

/** `npm run kb:review -- --json` on the real base, reading the records of this test's data folder. */
function kbReviewJson(): Promise<{ unanswered: Array<{ label: string; phrasings: Array<{ text: string }> }> }> {
  const env = { PATH: process.env.PATH ?? '', STORAGE: 'file', DATA_DIR: scratch, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge') };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/kbReview.ts', '--since', '1', '--json'], { env, cwd: ROOT });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stdin.end();
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`kb:review exited ${code}`)))));
}

describe('When a caller asks with "record": true', () => {
  let before: number;
  beforeEach(async () => {
    before = (await records()).length;
  });

  test('a "did you mean" is recorded like a bot turn\'s, with its closest entries, e-mail and phone blanked, no identifier', async () => {
    const response = await ask({ question: 'tomates balcon jean.dupont@example.com 0612345678', record: true });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ decision: 'suggest' });
    const added = (await records()).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ type: 'unanswered', decision: 'suggest', question: 'tomates balcon [e-mail] [numéro]' });
    expect((added[0] as { candidates: unknown[] }).candidates.length).toBeGreaterThan(0);
    expect(JSON.stringify(added)).not.toMatch(/dupont|0612|api-ask/);
  });

  test('a "not in my sources" is recorded with its notice, and the fallback with no candidate', async () => {
    const body = (await ask({ question: 'Combien gagne un dev back end par mois ?', record: true })).body as { decision: string; notice?: { id: string } };
    expect(body.decision).toBe('not-available');
    const added = (await records()).slice(before);
    expect(added).toEqual([expect.objectContaining({ type: 'unanswered', decision: 'not-available', candidates: [expect.objectContaining({ id: body.notice?.id })] })]);
    await ask({ question: 'Peut-on adopter un lama au bureau ?', record: true });
    expect((await records()).slice(before + 1)).toEqual([expect.objectContaining({ decision: 'fallback', candidates: [], question: 'Peut-on adopter un lama au bureau ?' })]);
  });

  test('an answered question is not recorded, as in a conversation', async () => {
    const body = (await ask({ question: 'Quelle école pour devenir développeur back end ?', record: true })).body as { decision: string };
    expect(body.decision).toBe('answer');
    expect((await records()).slice(before)).toEqual([]);
  });

  test('the response is the same as without "record", profile field included', async () => {
    for (const question of [OFF_TOPIC, 'Quelle école pour devenir développeur back end ?']) {
      const plain = await ask({ question });
      const recorded = await ask({ question, record: true });
      expect(recorded.body).toEqual(plain.body);
    }
    const withProfile = await ask({ question: 'Quelle école pour devenir développeur back end ?', record: true });
    expect(withProfile.body).toMatchObject({ decision: 'answer', profile: 'developpeur-back-end' });
  });

  test('kb:review lists the question among the unanswered ones', { timeout: 60_000 }, async () => {
    await ask({ question: 'Peut-on adopter un lama au bureau ?', record: true });
    const review = await kbReviewJson();
    const phrasings = review.unanswered.flatMap((cluster) => cluster.phrasings.map((p) => p.text));
    expect(phrasings.join('\n')).toMatch(/lama au bureau/);
  });
});

describe('When a caller does not ask for recording', () => {
  test.each([
    ['no "record"', { question: 'Peut-on élever des poules au bureau ?' }],
    ['"record": false', { question: 'Peut-on élever des poules au bureau ?', record: false }],
  ])('%s: nothing is recorded', async (_name, body) => {
    const before = (await records()).length;
    expect((await ask(body)).status).toBe(200);
    expect(await records()).toHaveLength(before);
  });

  test.each([['"true"'], [1], [null], [{}]])('a "record" of %j gets a 400 saying it must be true or false, and nothing is recorded', async (record) => {
    const before = (await records()).length;
    const response = await ask({ question: OFF_TOPIC, record });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: httpErrors.recordInvalid });
    expect(await records()).toHaveLength(before);
  });
});

describe('When the learning store fails', () => {
  test('the caller still gets its answer', async () => {
    const failing = await startBotServer({ recorder: createLearningRecorder({ store: brokenStore, salt: 'test-salt' }) });
    try {
      const response = await ask({ question: OFF_TOPIC, record: true }, failing.url);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ decision: 'fallback' });
    } finally {
      await failing.close();
    }
  });
});
