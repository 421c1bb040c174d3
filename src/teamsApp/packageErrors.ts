/**
 * Every problem the Teams app package check reports, in one place: each names the file (and the
 * manifest field) to fix, because the person reading it is about to upload the zip to Teams.
 */
export const packageErrors = {
  zipUnreadable: (reason: string) => `The package is not a readable zip file (${reason}).`,
  manifestMissing: () => 'manifest.json is missing at the root of the zip (Teams reads it from there, not from a folder).',
  manifestNotJson: (reason: string) => `manifest.json is not valid JSON: ${reason}.`,
  placeholdersLeft: (names: string[]) =>
    `manifest.json still contains ${names.map((n) => `\${{${n}}}`).join(', ')}: build it with \`npm run teams:package\`, which fills them.`,
  schema: (path: string, message: string) => `manifest.json${path ? ` ${path}` : ''}: ${message}.`,
  schemaMissing: (version: string) =>
    `No vendored schema for manifestVersion "${version}" (appPackage/schema holds the one the template uses).`,
  iconFileMissing: (kind: string, file: string) => `icons.${kind} names "${file}", which is not in the zip.`,
  iconNotPng: (file: string, reason: string) => `${file} is not a readable PNG image (${reason}).`,
  iconSize: (file: string, kind: string, width: number, height: number, size: number) =>
    `${file} is ${width}×${height} pixels; the ${kind} icon must be ${size}×${size}.`,
  outlineNoAlpha: (file: string) => `${file} has no transparency: the outline icon must be white on a transparent background.`,
  outlineOpaque: (file: string) => `${file} has no transparent pixel: the outline icon must be white on a transparent background.`,
  outlineEmpty: (file: string) => `${file} is fully transparent: draw the outline in white.`,
  outlineNotWhite: (file: string, count: number, total: number) =>
    `${file} has ${count} of ${total} visible pixels that are not white: the outline icon must be white only.`,
  botIdsDiffer: (botId: string, extensionBotId: string) =>
    `composeExtensions[0].botId (${extensionBotId}) differs from bots[0].botId (${botId}): the search runs on the same bot.`,
} as const;
