import { deferDependencies } from './runtime/deferredDependencies';

/**
 * Imported by the entry point before the modules that load botbuilder and restify: the modules those load
 * for features a start does not use are loaded when first used (see src/runtime/deferredDependencies.ts).
 */
deferDependencies();
