import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AnsweredMessages } from '../../src/channels/teams/answeredMessages';
import type { LearningConfig, StorageConfig } from '../../src/config/types';
import { openLearning } from '../../src/learning/openLearning';
import { createBackendStorage } from '../../src/storage/createStorage';
import { dataToolMessages } from '../../src/privacy/dataToolMessages';
import { MAX_VISITOR_ID_LENGTH, readVisitorIdArgument } from '../../src/privacy/visitorIdArgument';
import { runDataCli } from '../helpers/dataCli';
import { silentLogger } from '../helpers/logs';

let scratch: string;
let config: { storage: StorageConfig; learning: LearningConfig };
let env: Record<string, string>;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'faq-bot-erase-'));
  config = {
    storage: { kind: 'file', dataDir: path.join(scratch, 'data'), stateIdleDays: 30, container: 'unused' },
    learning: { retentionDays: 90, secretsDir: path.join(scratch, 'secrets') },
  };
  env = { STORAGE: 'file', DATA_DIR: config.storage.dataDir, SECRETS_DIR: config.learning.secretsDir };
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Two visitors' conversations, as the bot leaves them: state, Teams answers, learning records. */
async function twoVisitors(): Promise<void> {
  const state = createBackendStorage(config.storage);
  await state.write({
    'msteams/conversations/a:visitor-1': { faq: { transcript: [{ from: 'user', text: 'bonjour', at: '2025-05-01T10:00:00.000Z' }] } },
    'webchat/conversations/visitor-2': { faq: { topicEntryId: 'apple' } },
  });
  await new AnsweredMessages(state).remember('a:visitor-1', { messageId: 'm1', entryId: 'apple' });
  const learning = await openLearning(config, silentLogger);
  for (const conversationId of ['a:visitor-1', 'visitor-2', 'a:visitor-1']) {
    await learning.recorder.feedback({ entryId: 'apple', vote: 'up', conversationId });
  }
  await learning.close();
}

async function recordLines(): Promise<string[]> {
  const dir = path.join(config.storage.dataDir, 'learning');
  const texts = await Promise.all((await readdir(dir)).map((name) => readFile(path.join(dir, name), 'utf8')));
  return texts.join('').split('\n').filter(Boolean);
}

describe('When support staff run npm run data:erase with a conversation id', () => {
  test("that conversation's state, Teams answers and learning records are erased, and the other visitor's kept", { timeout: 60_000 }, async () => {
    await twoVisitors();
    expect(await recordLines()).toHaveLength(3);

    const result = await runDataCli('src/cli/dataErase.ts', ['a:visitor-1'], env);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Effacement des données du visiteur « a:visitor-1 »');
    expect(result.stdout).toContain('état de conversation : 2 éléments effacés');
    expect(result.stdout).toContain('msteams/conversations/a:visitor-1');
    expect(result.stdout).toContain('enregistrements d’apprentissage : 2 enregistrements effacés');
    const state = createBackendStorage(config.storage);
    expect(Object.keys(await state.read(['msteams/conversations/a:visitor-1', 'webchat/conversations/visitor-2']))).toEqual([
      'webchat/conversations/visitor-2',
    ]);
    expect(await readdir(path.join(config.storage.dataDir, 'state'))).toHaveLength(1);
    expect(await recordLines()).toHaveLength(1);
  });

  test('an id with nothing kept is reported as such, exit 0', { timeout: 60_000 }, async () => {
    await twoVisitors();
    const result = await runDataCli('src/cli/dataErase.ts', ['unknown-visitor'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Aucune donnée trouvée pour cet identifiant : rien à effacer.');
    expect(await recordLines()).toHaveLength(3);
  });
});

describe('When data:erase gets a bad argument', () => {
  test('no id: a clear message in French, the usage, exit 1, nothing erased', { timeout: 60_000 }, async () => {
    await twoVisitors();
    const result = await runDataCli('src/cli/dataErase.ts', [], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${dataToolMessages.missingId}\n${dataToolMessages.eraseUsage}\n`);
    expect(result.stdout).toBe('');
    expect(await recordLines()).toHaveLength(3);
  });

  const cases: Array<[string, string[], string]> = [
    ['two ids', ['a', 'b'], dataToolMessages.tooManyArguments(2)],
    ['a blank id', ['   '], dataToolMessages.emptyId],
    ['an unknown option', ['--all'], dataToolMessages.unknownOption('--all')],
    ['an id with a line break', ['a\nb'], dataToolMessages.idWithControlCharacters],
    ['an id longer than any channel gives', ['x'.repeat(MAX_VISITOR_ID_LENGTH + 1)], dataToolMessages.idTooLong(MAX_VISITOR_ID_LENGTH)],
  ];
  test.each(cases)('%s is refused with its own message', (_name, args, message) => {
    expect(readVisitorIdArgument(args)).toEqual({ error: message });
  });

  test('Teams and Direct Line ids are taken as they are', () => {
    expect(readVisitorIdArgument(['19:abc@thread.v2;messageid=123'])).toEqual({ id: '19:abc@thread.v2;messageid=123' });
  });
});
