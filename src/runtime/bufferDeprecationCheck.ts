/**
 * restify 11's body reader makes every request body with the deprecated `new Buffer(0)`. For the first
 * 10,000 such calls of a process Node walks the caller's stack to warn only code outside node_modules:
 * 10 to 30 µs per request here, as much as our whole answer to a question. Marking the DEP0005 warning as
 * already given (with deprecation warnings silenced for that one call) ends the walk. Our own code never
 * calls `Buffer()` (a test checks the sources), so no warning that concerns us is lost.
 */
export function endBufferDeprecationCheck(): void {
  const silenced = process.noDeprecation;
  process.noDeprecation = true;
  try {
    // The deprecated call itself, on purpose: Node then records the warning as given.
    (Buffer as unknown as (size: number) => Buffer)(0);
  } finally {
    process.noDeprecation = silenced;
  }
}
