import nodeModule from 'node:module';

/**
 * Modules that the SDK and restify load when they are loaded, for features a start (and a bot without
 * credentials) never uses: each is given to the module that asks for it as a stand-in, and loaded for real
 * when that module first reads anything from it. About a fifth of the start's CPU time here (issue 11).
 * Nothing else changes: the first read gets the real module's own value, and every read after it too.
 *
 * - `@azure/identity`: botframework-connector's managed identity (`MicrosoftAppType=UserAssignedMSI`) only;
 * - `@azure/msal-node`: its app credentials (the tokens of replies sent with a `MicrosoftAppId`);
 * - `jsonwebtoken`: its check of the token of an authenticated request;
 * - `axios`: the skills clients of botframework-connector and botbuilder (a bot calling other bots);
 * - `htmlparser2`: botbuilder's `SetSpeakMiddleware` (not used by this bot);
 * - `fs-extra`: botbuilder's `FileTranscriptStore` (not used by this bot);
 * - `spdy`: restify's HTTP/2 (`spdy` option) and, as it loads, Node's DEP0111 warnings.
 *
 * (node-fetch, https-proxy-agent and lodash are not in the list: other packages load them at start anyway.)
 *
 * `esModule` is what the real module says of `__esModule` (read by TypeScript's `__importDefault` as the
 * module is loaded, so answered without loading it); tests/runtime/deferredDependencies.test.ts checks it.
 */
export const DEFERRED_DEPENDENCIES: ReadonlyArray<{ request: string; requestedBy: readonly string[]; esModule: boolean }> = [
  { request: '@azure/identity', requestedBy: ['botframework-connector'], esModule: true },
  { request: '@azure/msal-node', requestedBy: ['botframework-connector'], esModule: false },
  { request: 'jsonwebtoken', requestedBy: ['botframework-connector'], esModule: false },
  { request: 'axios', requestedBy: ['botframework-connector', 'botbuilder'], esModule: false },
  { request: 'htmlparser2', requestedBy: ['botbuilder'], esModule: true },
  { request: 'fs-extra', requestedBy: ['botbuilder'], esModule: false },
  { request: 'spdy', requestedBy: ['restify'], esModule: false },
];

type ModuleLoad = (request: string, parent: { filename?: string | null } | null | undefined, isMain: boolean) => unknown;

let installed = false;

/** Whether `filename` is a file of the package `name` itself (not of a package nested in it). */
function isFileOf(filename: string, name: string): boolean {
  const marker = `/node_modules/${name}/`;
  const at = filename.replace(/\\/g, '/').lastIndexOf(marker);
  return at >= 0 && !filename.slice(at + marker.length).includes('node_modules');
}

/**
 * A stand-in for a module: any read, `in`, key listing or descriptor loads the real module (once) and
 * answers from it; only `__esModule` is answered as the real module would.
 */
export function deferredModule(load: () => object, esModule: boolean): object {
  let real: object | undefined;
  const target = (): object => (real ??= load());
  return new Proxy(Object.create(null) as object, {
    get: (_, key) => (key === '__esModule' && real === undefined ? (esModule ? true : undefined) : Reflect.get(target(), key)),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    // Reported configurable: a proxy may not report a property its (empty) target lacks as non-configurable.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    set: (_, key, value) => Reflect.set(target(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(target(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}

/**
 * Makes the modules of `DEFERRED_DEPENDENCIES` load on first use when their packages ask for them. Called by
 * the entry point before anything else is loaded; a second call does nothing.
 */
export function deferDependencies(): void {
  if (installed) return;
  installed = true;
  const internals = nodeModule as unknown as { _load: ModuleLoad };
  const load = internals._load;
  internals._load = function deferringLoad(this: unknown, request, parent, isMain) {
    const filename = parent?.filename;
    if (filename) {
      const deferred = DEFERRED_DEPENDENCIES.find((d) => d.request === request && d.requestedBy.some((name) => isFileOf(filename, name)));
      if (deferred) return deferredModule(() => load.call(this, request, parent, isMain) as object, deferred.esModule);
    }
    return load.call(this, request, parent, isMain);
  };
}
