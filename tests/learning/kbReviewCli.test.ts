import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FileLearningStore } from '../../src/learning/fileLearningStore';
import type { LearningEvent } from '../../src/learning/types';

const FIXTURE = 'tests/learning/fixtures/knowledge-review';
let scratch: string;

/** Runs `npm run kb:review` as support staff would, against a data folder and a knowledge folder of its own. */
function kbReview(args: string[], options: { knowledgeDir: string; input?: string }) {
  const env = { PATH: process.env.PATH ?? '', STORAGE: 'file', DATA_DIR: path.join(scratch, 'data'), KNOWLEDGE_DIR: options.knowledgeDir };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/kbReview.ts', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(options.input ?? '');
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function knowledgeCopy(name: string): Promise<string> {
  const dir = path.join(scratch, name, 'knowledge-review');
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'faq-bot-kb-review-'));
  const store = new FileLearningStore(path.join(scratch, 'data', 'learning'));
  const now = Date.now();
  const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
  const events: LearningEvent[] = [
    { type: 'unanswered', at: at(50), conversation: 'c1', question: 'Faut-il un diplôme ?', decision: 'fallback', candidates: [] },
    { type: 'unanswered', at: at(40), conversation: 'c2', question: 'un diplôme est-il nécessaire', decision: 'fallback', candidates: [] },
    { type: 'suggestion-picked', at: at(30), conversation: 'c3', typed: 'il code en quoi', pickedId: 'job-languages' },
    { type: 'suggestion-picked', at: at(20), conversation: 'c4', typed: 'son quotidien', pickedId: 'job-missions' },
    { type: 'feedback', at: at(10), conversation: 'c4', entryId: 'job-missions', vote: 'down', question: 'son quotidien' },
    // Past the period asked for with --since 1: not read.
    { type: 'unanswered', at: at(3 * 24 * 60), conversation: 'c0', question: 'question ancienne', decision: 'fallback', candidates: [] },
  ];
  for (const event of events) await store.append(event);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('When support staff run kb:review', () => {
  test.concurrent('it prints the three things to do: unanswered groups, disliked entries, proposals', { timeout: 60_000 }, async () => {
    const result = await kbReview(['--since', '1', '--min-conversations', '1'], { knowledgeDir: FIXTURE });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1\. Most frequent unanswered questions \(1 group\)[\s\S]*"Faut-il un diplôme \?" — asked 2× in 2 conversations/);
    expect(result.stdout).toMatch(/2\. Entries with the most 👎 \(1 entry\)[\s\S]*job-missions \(Les missions — knowledge-review\/metier\.yaml\): 👎 1, 👍 0/);
    expect(result.stdout).toMatch(/3\. Alternate questions to add \(2 proposals\)[\s\S]*"il code en quoi" -> job-languages/);
    expect(result.stdout).not.toContain('question ancienne');
  });

  test.concurrent('--apply asks for each proposal and writes only the accepted ones', { timeout: 60_000 }, async () => {
    const dir = await knowledgeCopy('interactive');
    const before = await readFile(path.join(dir, 'metier.yaml'), 'utf8');
    const result = await kbReview(['--apply', '--min-conversations', '1'], { knowledgeDir: dir, input: 'n\ny\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[1/2] Add "il code en quoi" to job-languages');
    expect(result.stdout).toContain('added: "son quotidien" -> job-missions');
    const after = await readFile(path.join(dir, 'metier.yaml'), 'utf8');
    expect(after).toBe(before.replace("      - What are the developer's missions?\n", "      - What are the developer's missions?\n      - son quotidien\n"));
  });

  test.concurrent('--json --apply --yes accepts everything and reports it as JSON', { timeout: 60_000 }, async () => {
    const dir = await knowledgeCopy('all');
    const result = await kbReview(['--json', '--apply', '--yes', '--min-conversations', '1'], { knowledgeDir: dir });
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { review: { records: number }; apply: { applied: unknown[]; files: string[] } };
    expect(output.review.records).toBe(6);
    expect(output.apply.applied).toHaveLength(2);
    expect(output.apply.files).toEqual(['metier.yaml']);
    expect(await readFile(path.join(dir, 'metier.yaml'), 'utf8')).toContain('      - il code en quoi\n');
  });
});
