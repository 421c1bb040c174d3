/**
 * A notice's tag of two words joined by " + " ("portage + étudiant"): a topic the sources do not cover although
 * each word, alone, is an answer's subject (studies; portage). The question names it when it says both words,
 * and no answerable entry's questions say both. Such a tag is a rule for the notice, not words of the entry:
 * it is not indexed.
 */
const PAIRED_TOPIC = ' + ';

/** The words of a paired tag ("portage + étudiant" → ["portage", "étudiant"]); undefined for a plain tag. */
export function pairedTopicParts(tag: string): string[] | undefined {
  return tag.includes(PAIRED_TOPIC) ? tag.split(PAIRED_TOPIC).map((part) => part.trim()) : undefined;
}

/** The tags read as words of the entry: the plain ones. */
export function indexedTags(tags: readonly string[]): string[] {
  return tags.filter((tag) => pairedTopicParts(tag) === undefined);
}
