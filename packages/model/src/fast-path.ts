// What a valid file needs: the fast parser and the validators that stop at the first error.
// Loaded on the first file read, so a command that reads no file never pays for them.
export { fastParse } from "./fast-yaml.ts";
export { validateConfig, validateDescriptor } from "./generated/fast-validators.js";
