import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity, Transcript } from 'botbuilder';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { FileStorage } from '../../src/storage/fileStorage';
import { chat, fixtureAnswerer, fixtureKnowledgeBase, unsureAnswerer, type Reply } from './support/conversation';

let answerer: Answerer;
let dir: string;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faq-bot-personal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const email = 'jean.dupont@exemple.fr';
const phone = '06 12 34 56 78';
const iban = 'FR76 3000 6000 0112 3456 7890 189';
const details = `écrivez-moi à ${email}, appelez le ${phone}, mon IBAN est ${iban}`;
// Any recognisable piece of them, however it was stored.
const traces = ['jean.dupont', 'exemple.fr', '06 12', '0612', '3000 6000', '30006000', '7890 189'];

/** Everything the store holds, as written on disk. */
async function storedText(): Promise<string> {
  const names = await readdir(dir);
  return (await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')))).join('\n');
}

const transcriptOf = (replies: Reply[]) =>
  replies.find((reply) => reply.name === 'handoff.initiate')?.attachments?.find((a) => a.name === 'Transcript')?.content as Transcript;

describe('When a visitor types an e-mail, a phone number and an IBAN', () => {
  test('none of them is kept in the stored conversation state, and the hand-off transcript shows placeholders', async () => {
    const conversation = chat(answerer, { storage: new FileStorage(dir) });
    await conversation.say(`Que savez-vous des pommes ? ${details}`);
    await conversation.say(details);
    const replies = await conversation.say('Je voudrais parler à un conseiller');

    const stored = await storedText();
    expect(stored).toContain('[e-mail]');
    for (const trace of traces) expect(stored).not.toContain(trace);

    const lines = (transcriptOf(replies).activities as Activity[]).map((activity) => activity.text);
    expect(lines).toContain('écrivez-moi à [e-mail], appelez le [numéro], mon IBAN est [IBAN]');
  });

  test('a "did you mean" that quotes them keeps them neither in its pending choice nor in its transcript line', async () => {
    const unsure = unsureAnswerer(await fixtureKnowledgeBase(), ['apple', 'pear']);
    const conversation = chat(unsure, { storage: new FileStorage(dir) });
    await conversation.say(details);

    const stored = await storedText();
    expect(stored).toContain('"pendingSuggestion"');
    for (const trace of traces) expect(stored).not.toContain(trace);
  });
});
