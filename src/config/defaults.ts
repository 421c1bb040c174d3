import type { LogLevel } from './types';

/** Defaults of the optional settings, frozen in one place. */
export const configDefaults = Object.freeze({
  port: 3978,
  knowledgeDir: './knowledge',
  knowledgeWatch: true,
  logLevel: 'info' as LogLevel,
  nodeEnv: 'production',
});

export const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
