import { listProfiles } from '../../src/knowledge/profiles';
import type { KnowledgeBase, KnowledgeEntry, SynonymRule } from '../../src/knowledge/types';

/** An entry built in code, with the defaults the loader would give it. */
export function entry(id: string, questions: string[], extra: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id,
    title: questions[0],
    questions,
    answer: `Réponse ${id}.`,
    kind: 'answer',
    followups: [],
    tags: [],
    contextOnly: false,
    draft: false,
    location: { file: 'kb/faq.yaml', line: 1 },
    ...extra,
  };
}

/** A knowledge base of the given entries, as the loader would assemble it. */
export function baseOf(entries: KnowledgeEntry[], synonyms: SynonymRule[] = []): KnowledgeBase {
  return { entries, profiles: listProfiles(entries), byId: new Map(entries.map((e) => [e.id, e])), synonyms, files: ['faq.yaml'], loadedAt: new Date() };
}

/**
 * An orchard and a kitchen garden: two job-like profiles ("verger", "potager"), shared entries, a
 * "not in my sources" entry about prices, small talk, and entries matching must never find (context-only, draft).
 */
export const orchard = (): KnowledgeBase =>
  baseOf([
    entry('apples', ['Que savez-vous des pommes ?', 'les pommes', 'parle-moi des pommes', 'pomme'], { profile: 'verger', profileName: 'Verger bio' }),
    entry('pears', ['Que savez-vous des poires ?', 'les poires', 'parle-moi des poires', 'poire'], { profile: 'verger' }),
    entry('carrots', ['Que savez-vous des carottes ?', 'les carottes', 'carotte', 'légume racine'], { profile: 'potager' }),
    entry('market', ['Où vendre au marché ?', 'le prix au marché', 'vendre ses légumes', 'marché'], { profile: 'potager' }),
    entry('seasons', ['Quelle est la saison des fruits ?', 'saison des fruits', 'quand cueillir les fruits', 'récolte']),
    entry('prices', ['Combien coûtent les fruits ?', 'prix des fruits', 'tarif des pommes', 'coût'], { kind: 'not-available', tags: ['tarif', 'prix'] }),
    entry('hello', ['Bonjour', 'salut', 'hello', 'coucou'], { kind: 'smalltalk' }),
    entry('cherries', ['Que savez-vous des cerises ?', 'les cerises', 'cerise', 'cerisier'], { contextOnly: true }),
    entry('strawberries', ['Que savez-vous des fraises ?', 'les fraises', 'fraise', 'fraisier'], { draft: true }),
  ]);
