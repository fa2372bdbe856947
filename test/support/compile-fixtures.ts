/** A stand-in facade with a function that throws, to put facade frames on top of a stack. */
export const FACADE_STUB = `
export function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
export function fail(message) { throw new Error(message); }
`;
