/** QnA Maker / Custom Question Answering exports: read into a draft knowledge file, written from the base. */
export { importCqa, formatCqaReport, isCqaExport, type CqaImportOptions, type CqaImportReport } from './importCqa';
export { CqaImportError, cqaMessages } from './cqaMessages';
export { writeCqaTsv } from './writeCqaTsv';
export { readCqaFile } from './readCqaFile';
export type * from './cqaTypes';
