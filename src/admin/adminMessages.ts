/** What the staff page's server side says, in French (support staff read it), in one place. */
export const adminMessages = {
  noSecret: 'Secret manquant ou incorrect : saisissez le secret de la page d’administration (ADMIN_SECRET).',
  badPeriod: 'Période invalide : dates attendues au format AAAA-MM-JJ, la première avant la seconde, 366 jours au plus.',
  notAProposal: 'Cette proposition n’existe plus (les enregistrements ont changé) : rechargez la page.',
  badApplyBody: 'Requête invalide : attendu { "entryId": "…", "question": "…" }.',
  baseBroken: 'La base de connaissances ne se charge pas telle quelle : corrigez-la (npm run kb:check) avant d’ajouter une formulation.',
  refused: (reason: string) => `Refusé : ${reason}. Rien n’a été écrit.`,
  applied: (question: string, title: string, files: string, reloaded: boolean) =>
    `Ajouté : « ${question} » à « ${title} » (${files}). ${reloaded ? 'Le bot utilise déjà la nouvelle base.' : 'Le bot la rechargera sous peu.'}`,
  tooManyFailures: (minutes: number) => `Trop d’essais avec un mauvais secret : réessayez dans ${minutes} minute(s).`,
  unavailable: 'Les enregistrements ne sont pas lisibles pour le moment (stockage indisponible) : réessayez dans un instant.',
} as const;
