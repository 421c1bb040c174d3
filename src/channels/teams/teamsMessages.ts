/** What the Teams-only surfaces say, in French (the conversation's own strings are in ../messages). */
export const teamsMessages = {
  /** Footer of an answer card inserted through the message extension, naming where it comes from. */
  insertedFrom: (appName: string) => `Réponse de la FAQ · ${appName}`,
  openSource: 'Lire la fiche',
  unknownCommand: 'Commande inconnue pour cette extension.',
} as const;

/** The app's short name, as in appPackage/manifest.json. */
export const teamsAppName = 'Assistant portage salarial';
