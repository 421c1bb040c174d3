import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge';
import { FileLearningStore } from '../../src/learning/fileLearningStore';
import { notPlainQuestion } from '../../src/learning/plainQuestion';
import { buildReview } from '../../src/learning/review';
import { addQuestion, applyAlternates } from '../../src/learning/reviewApply';
import type { LearningEvent, SuggestionPickedEvent } from '../../src/learning/types';

// Issue 14: learning records are written by anyone who can chat with the bot; kb:review --yes must
// never let one person, a link or markup into the base.

const FIXTURE = 'tests/learning/fixtures/knowledge-review';
const since = new Date(Date.now() - 24 * 3600_000);
const at = () => new Date().toISOString();
const picked = (typed: string, pickedId: string, conversation: string): SuggestionPickedEvent => ({ type: 'suggestion-picked', at: at(), conversation, typed, pickedId });
const inConversations = (typed: string, pickedId: string, count: number) => Array.from({ length: count }, (_, i) => picked(typed, pickedId, `c${i}`));

let kb: KnowledgeBase;
let scratch: string;
beforeAll(async () => {
  kb = await loadKnowledgeBase(FIXTURE);
  scratch = await mkdtemp(path.join(tmpdir(), 'kb-review-spam-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function kbReview(args: string[], knowledgeDir: string, dataDir: string) {
  const env = { PATH: process.env.PATH ?? '', STORAGE: 'file', DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/kbReview.ts', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end('');
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('kb:review proposals cannot be spammed', () => {
  test('a proposal needs 3 distinct conversations by default (configurable); one person clicking many times is one', () => {
    const events = [...inConversations('il code en quoi', 'job-languages', 2), ...Array.from({ length: 5 }, () => picked('son quotidien', 'job-missions', 'same'))];
    expect(buildReview(events, kb, { since }).alternates).toEqual([]);
    expect(buildReview([...events, picked('il code en quoi', 'job-languages', 'c9')], kb, { since }).alternates.map((a) => a.question)).toEqual(['il code en quoi']);
    expect(buildReview(events, kb, { since, minConversations: 2 }).alternates.map((a) => a.question)).toEqual(['il code en quoi']);
  });

  test('a text with a link, an address or markup is never proposed, however many conversations typed it', () => {
    const spam = ['statut porté ? http://spam.example achetez', 'statut porté ? spam.example achetez', 'voir www.spam.fr', '<b>statut</b> porté', 'statut [porté](x)', 'écrivez à moi@spam.fr'];
    const events = spam.flatMap((text) => inConversations(text, 'job-languages', 10));
    expect(buildReview(events, kb, { since }).alternates).toEqual([]);
    for (const text of spam) expect(notPlainQuestion(text), text).toBeDefined();
    for (const text of ['Quel statut pour un développeur porté ?', "c'est quoi le salaire à 40 % ?", 'il code en quoi']) expect(notPlainQuestion(text), text).toBeUndefined();
  });

  test('applying refuses a link or markup even when a record is crafted past the review', async () => {
    const text = await readFile(path.join(FIXTURE, 'metier.yaml'), 'utf8');
    expect(addQuestion(text, { entryId: 'job-languages', question: 'statut porté ? http://spam.example achetez' })).toEqual({ reason: 'not plain words: it holds a link or an address' });
    const dir = path.join(scratch, 'crafted', 'knowledge-review');
    await cp(FIXTURE, dir, { recursive: true });
    const proposal = { entryId: 'job-languages', title: 'Les langages', file: 'knowledge-review/metier.yaml', question: 'achetez **ici** http://spam.example', picks: 9, conversations: 9 };
    const outcome = await applyAlternates(dir, [proposal]);
    expect(outcome.applied).toEqual([]);
    expect(await readFile(path.join(dir, 'metier.yaml'), 'utf8')).toBe(text);
  });

  test('a proposal for an entry people downvoted carries a warning', () => {
    const events: LearningEvent[] = [
      ...inConversations('son quotidien', 'job-missions', 3),
      { type: 'feedback', at: at(), conversation: 'v1', entryId: 'job-missions', vote: 'down', question: 'son quotidien' },
    ];
    expect(buildReview(events, kb, { since }).alternates).toMatchObject([{ entryId: 'job-missions', downvotes: 1 }]);
  });

  test('a file with Windows line endings gets the question, its line endings kept', async () => {
    const text = (await readFile(path.join(FIXTURE, 'metier.yaml'), 'utf8')).replace(/\n/g, '\r\n');
    const added = addQuestion(text, { entryId: 'job-languages', question: 'il code en quoi' });
    expect(typeof added).toBe('string');
    expect(added as string).toContain('- il code en quoi\r\n');
    expect((added as string).replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('the command line: --yes adds only plain questions from several conversations, warns on a downvoted entry, exit 0', async () => {
    const dataDir = path.join(scratch, 'cli-data');
    const store = new FileLearningStore(path.join(dataDir, 'learning'));
    const events: LearningEvent[] = [
      ...inConversations('il code en quoi', 'job-languages', 3),
      ...inConversations('statut porté ? http://spam.example achetez', 'job-languages', 5),
      ...inConversations('son quotidien', 'job-missions', 3),
      { type: 'feedback', at: at(), conversation: 'v1', entryId: 'job-missions', vote: 'down', question: 'son quotidien' },
      picked('une seule personne', 'job-missions', 'alone'),
    ];
    for (const event of events) await store.append(event);
    const dir = path.join(scratch, 'cli', 'knowledge-review');
    await cp(FIXTURE, dir, { recursive: true });
    await writeFile(path.join(dir, 'metier.yaml'), (await readFile(path.join(dir, 'metier.yaml'), 'utf8')).replace(/\n/g, '\r\n'));
    const result = await kbReview(['--apply', '--yes'], dir, dataDir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('WARNING: job-missions got 👎 1×');
    const after = await readFile(path.join(dir, 'metier.yaml'), 'utf8');
    expect(after).toContain('- il code en quoi\r\n');
    expect(after).not.toMatch(/http|spam|une seule personne/);
  });
});
