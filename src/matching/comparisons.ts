import { normalize } from './normalize';

/**
 * Whether a question asks which of two things is harder, easier or more pleasant ("Le back est-il plus difficile que
 * le front ?", "is backend harder than frontend?"): a judgement the page never makes. The entry that describes both
 * (the back end and front end entry) matches all its words, but answering it would pretend to settle the question.
 */
const EVALUATIONS = String.raw`(?:difficile|difficiles|dur|dure|durs|facile|faciles|simple|simples|complique|compliquee|interessant|interessante|fun|sympa|stressant|stressante|fatigant|passionnant|passionnante|ennuyeux|ennuyeuse|amusant|prenant|exigeant)`;
const COMPARISON = new RegExp(
  String.raw`\b(?:plus|moins) ${EVALUATIONS}\b` +
    String.raw`|\b(?:harder|easier|simpler|tougher|more (?:fun|difficult|interesting|stressful|demanding|boring|complicated|enjoyable)|less (?:fun|difficult|interesting|stressful|demanding|boring|complicated)) (?:than|to)\b` +
    String.raw`|\bwhich (?:one )?is (?:harder|easier|more fun|more difficult|more interesting|more stressful)\b`,
);

export function asksForComparison(question: string): boolean {
  return COMPARISON.test(normalize(question));
}

/**
 * Whether a question asks for a ranking or a recommendation among things the page only lists ("Django ou Laravel,
 * lequel est le meilleur ?", "Quelle école est la meilleure ?", "AWS est-il plus demandé que Google Cloud ?", "which
 * school is best?"): the page names frameworks, schools, platforms and employers without ranking them, so the entry
 * that lists them must not be given as if it settled the question. The best way or choice to do something ("le
 * meilleur moyen de trouver des clients", "la meilleure solution pour un dev freelance") asks how, not which; "un des
 * métiers les plus demandés" restates the page's own claim; compliments and letter closings rank nothing.
 */
const RANKED = String.raw`(?:demandee?s?|recherchee?s?|avantageu(?:x|se|ses)|rentables?|utilisee?s?|repandue?s?|populaires?|serieu(?:x|se|ses)|reconnue?s?|cotee?s?|valorisee?s?)`;
const NOT_RANKING = String.raw`(?:moyens?|facons?|manieres?|solutions?|options?|formules?|choix|statuts?|chemins?|des deux mondes|salutations|voeux|sentiments|amie?s?)`;
const RANKING = new RegExp(
  String.raw`\bmeilleure?s?\b(?!\s+${NOT_RANKING}\b)` +
    // "un meilleur choix que PHP": with "que", even a choice or a solution is weighed against another.
    String.raw`|\bmeilleure?s? (?:\w+ ){0,2}que\b` +
    String.raw`|\b(?:le|la|les) plus ${RANKED}\b|\b(?:plus|moins|aussi) ${RANKED} (?:que|qu')` +
    String.raw`|\b(?:lequel|laquelle|lesquel(?:le)?s) (?:apprendre|choisir|privilegier|prendre)\b` +
    String.raw`|\b(?:recrute|recrutent|embauche|embauchent) le plus\b` +
    String.raw`|\bbest\b(?!\s+(?:regards|wishes|way|ways|option|options|choice|solution|fit|of both worlds)\b)` +
    String.raw`|\b(?:most|more|less) (?:in demand|sought after|popular|widely used|used|profitable|advantageous|reputable|recogni[sz]ed|valued|respected|prestigious)\b` +
    String.raw`|\bwhich (?:one )?(?:should i|to) (?:learn|choose|pick)\b` +
    String.raw`|\bhires? the most\b` +
    // "Vaut-il mieux apprendre Django ou Laravel ?", "il vaut mieux Java ou PHP ?": which of two tools to learn. Not a
    // status or a path ("vaut-il mieux être salarié ou…", "poursuivre en master"), which the page's entries weigh.
    String.raw`|\b(?:vaut il|il vaut|mieux vaut) (?:mieux )?(?:(?:apprendre|choisir|privilegier|prendre|maitriser|utiliser|commencer par|se former (?:sur|en|a)) )?(?:(?:le|la|les|l|un|une|du) )?(?!(?:etre|rester|passer|faire|devenir|travailler|poursuivre|continuer)\b)\w+(?: \w+)? ou\b` +
    String.raw`|\b(?:is it better to|should i) (?:learn|choose|pick|use|go with) \w+(?: \w+)? or\b`,
);
const NOT_A_RANKING = /\b(?:te es|tu es|vous etes|you'?re|you re|you are) (?:le |la |les |the )?(?:meilleure?s?|best)\b|\b(?:un|une|one) (?:des|of the) (?:\w+ )?(?:les )?(?:plus|most)\b|\ball the best\b/;

export function asksForRanking(question: string): boolean {
  const text = normalize(question);
  return RANKING.test(text) && !NOT_A_RANKING.test(text);
}
