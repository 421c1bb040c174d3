/**
 * Words that carry no topic, in normalised form (lowercase, no accents), French and English.
 * Two levels: STOP words are dropped; DISCOURSE words (greetings, politeness, "je voudrais savoir")
 * are kept with a small weight, so that "bonjour" alone still finds the greeting while
 * "bonjour, quelles études ?" is about studies.
 */

const FRENCH_STOP = `
a au aux avec ce ces cet cette ceci cela ca c d dans de des du elle elles en et est etre es sont sommes etes
suis ete etais etait etaient sera serait soit ya il y serai seras serons serez seront serais serions seriez seraient
il ils je j la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que
qui quoi sa se ses son sur ta te tes toi ton tu un une vos votre vous y ai as avons avez ont avoir aussi
quel quelle quels quelles lequel laquelle lesquels lesquelles comment quand dont si sans sous chez vers plus
quelqu quelquun quelque quelques chacun chacune hormis comme
depuis selon parmi malgre durant envers via
tres bien tout tous toute toutes ils elles cest ya peut peux peuvent pouvoir doit dois doivent devoir faut oui
veux veut voudrait estce n l m s t qu jusqu alors donc ni or car e tant
avais avait avions aviez avaient aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient eu
`;

const ENGLISH_STOP = `
what whats is are was were the an of to do does did how can could i you your for in on with my me be it its
since among via kind sort
which who whom there this that these those and or as at by from about should would will am we our they them
their any some into than then so if not no yes please while through also just get gets got still very much more
most only other such same each here where there doing being been having make makes made has had one ones like
something anything someone anyone its it's im i'm can't cant don't dont does doesnt really also actually
basically exactly generally usually typically speaking broadly overall
`;

/**
 * Words that frame a question rather than say its topic: greetings, politeness, and everyday verbs,
 * adverbs and nouns that fit any question ("travailler", "plus tard", "concrètement", "truc").
 */
const DISCOURSE = `
bonjour bonsoir salut hello hi hey coucou merci thanks thank svp stp sil plait question questions savoir
non
professionnel professionnelle professionnels professionnelles
voudrais voudrait aimerais aimerait souhaite souhaiterais demande demander renseigner renseignement
info infos information informations besoin dire expliquer explique expliquez connaitre svp please tell
know want like definition exactement exactly precisement vraiment really ok okay cool genre bref ben bah euh
travailler travaille travaillent travaillez travaillons travail work working works bosser bosse bossent
comprendre comprends comprend compris gros important importante essentiel essentielle indispensable
necessaire necessaires utile utiles obligatoire obligatoirement aller va vont vais allez
venir viens vient voir vois voit regarder penser pense pensez croire crois sembler semble rester reste
faire mettre met prendre prend donner donne utiliser utilise utilisent passer passe passes passent envisager envisage concretement concret globalement generalement
tard later soon clause tot souvent toujours jamais deja encore maintenant aujourd hui actuellement ensuite apres avant
chose choses truc trucs gens monde fois cas facon maniere exemple niveau sujet domaine preferer prefere preferent
possible possibles bon bonne bien mal mieux vrai vraie simple simplement rapidement resume resumer resumez
brievement rapide clair claire clairement precision precisions actually
difference different differente differents differentes france francais francaise french mean means meaning people talk talking someone explain
`;

function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

export const STOP_WORDS: ReadonlySet<string> = wordSet(FRENCH_STOP + ENGLISH_STOP);
export const DISCOURSE_WORDS: ReadonlySet<string> = wordSet(DISCOURSE);

/** Articles, possessives and prepositions: the word after one of them is most likely a noun. */
export const NOUN_MARKERS: ReadonlySet<string> = wordSet(`
le la les un une des du de au aux mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette
ces en pour par sur dans avec chez sans etre devenir comme quel quelle quels quelles a the an my your of for as
`);

export function isFunctionWord(word: string): boolean {
  return STOP_WORDS.has(word) || DISCOURSE_WORDS.has(word);
}

/** Possessive determiners, French and English: "mon prof" is a person the asker knows (see the analyser). */
export const POSSESSIVES: ReadonlySet<string> = wordSet('mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs my our your his her their');

/** "hormis" (the synonyms' form of "à part", "except"): the topic word after it is what the question is not about. */
export const EXCLUDING_WORDS: ReadonlySet<string> = wordSet('hormis');
