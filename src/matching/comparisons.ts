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
