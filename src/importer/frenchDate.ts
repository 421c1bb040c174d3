/** Reading the page's "Mis à jour le mercredi 20 décembre 2023" line. */

import { foldAccents } from '../text/fold';

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** Lines that announce the page's date (folded), e.g. "Mis à jour le …", "Dernière mise à jour : …", "Publié le …". */
const UPDATE_LINE = /^(?:(?:derniere )?mise? a jour|(?:publie|modifie|actualise)e?\b)/;

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * A French date in running text -> `YYYY-MM-DD`: "mercredi 20 décembre 2023", "1er mars 2024", "20/12/2023".
 * @example parseFrenchDate('Mis à jour le mercredi 20 décembre 2023') // '2023-12-20'
 */
export function parseFrenchDate(text: string): string | undefined {
  const folded = foldAccents(text);
  const written = /\b(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})\b/.exec(folded);
  if (written) {
    const month = MONTHS.findIndex((name) => name === written[2] || (written[2].length >= 3 && name.startsWith(written[2])));
    if (month >= 0) return isoDate(Number(written[3]), month + 1, Number(written[1]));
  }
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(folded);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(folded);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
}

/** True for a short line that states the page's update date. */
export function isUpdateLine(text: string): boolean {
  return text.length <= 120 && UPDATE_LINE.test(foldAccents(text.trim())) && parseFrenchDate(text) !== undefined;
}
