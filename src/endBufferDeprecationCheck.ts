import { endBufferDeprecationCheck } from './runtime/bufferDeprecationCheck';

/** Imported by the entry point before restify serves a request (see src/runtime/bufferDeprecationCheck.ts). */
endBufferDeprecationCheck();
