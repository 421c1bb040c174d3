/** Knowledge base: YAML files -> validated, immutable `KnowledgeBase`. Pure TypeScript, no bot dependency. */
export type * from './types';
export { loadKnowledgeBase, SYNONYMS_FILE } from './loadKnowledgeBase';
export { KnowledgeBaseError, formatIssue, formatIssueIn, type IssueLanguage } from './KnowledgeBaseError';
export { KnowledgeStore, type KnowledgeStoreOptions } from './knowledgeStore';
export { parseYamlFile } from './parseYamlFile';
export { yaml } from './yamlModule';
export { validateKnowledgeFile } from './validateKnowledgeFile';
export { validateSynonymsFile } from './validateSynonymsFile';
export { SCHEMA_DIR } from './schemas';
export { isProfileId, knowsProfile, profileIds } from './profiles';
export { loadKnowledgeSnapshot, saveKnowledgeSnapshot, type SnapshotInfo } from './knowledgeSnapshot';
