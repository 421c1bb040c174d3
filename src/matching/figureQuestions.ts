import { normalize } from './normalize';

/**
 * Whether a question asks for a figure: how many, how much, how long ("Combien de développeurs back end en France ?",
 * "Combien de temps dure la formation ?"). The page gives very few (a share of the self-employed, a date): an entry
 * whose answer states no number cannot answer such a question, whatever words it shares with it; it is offered.
 */
const FIGURE_ASKED = /\b(?:combien|how many|how much|how long|quel(?:le)?s? (?:est |sont )?(?:le |la |les )?(?:nombre|pourcentage|proportion|duree)s?)\b/;

/** A number standing alone ("40 %", "2023"), not a digit inside a name ("J2E"). */
const FIGURE = /(?<![\p{L}\d])\d+(?![\p{L}\d])/u;

export function asksForFigure(question: string): boolean {
  return FIGURE_ASKED.test(normalize(question));
}

export function statesFigure(answer: string): boolean {
  return FIGURE.test(answer);
}
