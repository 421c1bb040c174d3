/** 32-bit integer tables as base64 text, for the start caches' JSON (read back by `int32sOfBase64`). */
export function base64OfInt32s(values: Int32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

/** 32-bit integers from base64 (copied: a decoded buffer need not be aligned for an Int32Array view). */
export function int32sOfBase64(base64: string): Int32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % 4 !== 0) throw new Error('a table of 32-bit integers is cut short');
  const values = new Int32Array(bytes.length / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}
