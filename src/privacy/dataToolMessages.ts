import type { StorageConfig } from '../config/types';
import type { VisitorErasure } from './eraseVisitorData';

/** What the data tools print, in French: support staff run them on a visitor's request. */
export const dataToolMessages = {
  eraseUsage: 'Usage : npm run data:erase -- <identifiant de conversation ou d’utilisateur>',
  sweepUsage: 'Usage : npm run data:sweep',
  missingId: 'Il manque l’identifiant : donnez l’identifiant de conversation (ou d’utilisateur) du visiteur.',
  tooManyArguments: (count: number) => `Un seul identifiant à la fois (${count} reçus). Mettez-le entre guillemets s’il contient des espaces.`,
  emptyId: 'L’identifiant est vide.',
  idTooLong: (max: number) => `L’identifiant dépasse ${max} caractères : ce n’est pas un identifiant de conversation.`,
  idWithControlCharacters: 'L’identifiant contient des caractères de contrôle (retour à la ligne, tabulation…).',
  unknownOption: (option: string) => `Option inconnue : ${option}.`,
  invalidConfiguration: 'Configuration invalide :',
  memoryStorage:
    'STORAGE=memory : le bot ne garde rien sur disque, tout disparaît quand il s’arrête. Redémarrer le bot efface tout ; il n’y a rien à effacer ici.',
  storeFailed: 'Échec : le stockage n’a pas répondu (rien n’a peut-être été effacé, réessayez) :',
  where: (storage: StorageConfig) =>
    storage.kind === 'blob' ? `Azure Blob, conteneur « ${storage.container} »` : `fichiers, dossier ${storage.dataDir}`,
  erased: (id: string, storage: StorageConfig, erasure: VisitorErasure): string => {
    const lines = [`Effacement des données du visiteur « ${id} » (${dataToolMessages.where(storage)}) :`];
    const { stateKeys, learningRecords } = erasure;
    lines.push(
      stateKeys.length === 0
        ? '  - état de conversation : rien trouvé (jamais enregistré, ou déjà effacé après la durée d’inactivité)'
        : `  - état de conversation : ${plural(stateKeys.length, 'élément effacé', 'éléments effacés')}`,
      ...stateKeys.map((key) => `      ${key}`),
      learningRecords === 0
        ? '  - enregistrements d’apprentissage : aucun pour cette conversation'
        : `  - enregistrements d’apprentissage : ${plural(learningRecords, 'enregistrement effacé', 'enregistrements effacés')}`,
      '  - par identifiant d’utilisateur : le bot ne conserve rien (ni l’état ni les enregistrements ne portent d’identifiant d’utilisateur).',
      stateKeys.length + learningRecords === 0 ? 'Aucune donnée trouvée pour cet identifiant : rien à effacer.' : 'Terminé.',
    );
    return lines.join('\n');
  },
  saltPerInstance:
    'Attention : LEARNING_SALT n’est pas défini avec STORAGE=blob ; les enregistrements hachés par d’autres instances avec leur propre sel ne peuvent pas être retrouvés.',
  swept: (storage: StorageConfig, stateItems: number, learningDays: number, retentionDays: number) =>
    [
      `Nettoyage (${dataToolMessages.where(storage)}) :`,
      `  - état de conversation inactif depuis plus de ${storage.stateIdleDays} jours : ${plural(stateItems, 'élément effacé', 'éléments effacés')}`,
      `  - enregistrements d’apprentissage de plus de ${retentionDays} jours : ${plural(learningDays, 'jour effacé', 'jours effacés')}`,
    ].join('\n'),
} as const;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
