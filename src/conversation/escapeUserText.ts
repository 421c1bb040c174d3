/** Longest excerpt of a user's message shown back to them: enough to recognise it, never a wall of text. */
export const maxEchoLength = 120;

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text a user typed, made safe to show back inside Markdown (Web Chat, Emulator, Teams, text channels):
 * HTML special characters become entities (so `<script>` is shown, never parsed), then the characters
 * that open Markdown emphasis, code or links are backslash-escaped (so `**x**` and `[a](javascript:...)`
 * stay literal text). Line breaks are folded first, so nothing can start a heading or a list, and the
 * excerpt is shortened to `maxEchoLength`.
 *
 * @example escapeUserText('**x**') // '\\*\\*x\\*\\*'
 */
export function escapeUserText(text: string): string {
  return shortenUserText(text)
    .replace(/[&<>"]/g, (char) => htmlEntities[char])
    .replace(/[\\`*_[\]~]/g, (char) => `\\${char}`);
}

/**
 * The user's text as a one-line excerpt, without escaping: for places that never read Markdown
 * (an Adaptive Card `TextRun`). Control characters go, whitespace is folded, and `{{` is split so
 * that Adaptive Cards do not read it as a DATE()/TIME() function.
 */
export function shortenUserText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/\{\{/g, '{\u200b{');
  const chars = [...oneLine];
  return chars.length > maxEchoLength ? `${chars.slice(0, maxEchoLength - 1).join('')}…` : oneLine;
}
