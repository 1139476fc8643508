// What a file that is not valid needs, loaded only then: the `yaml` syntax tree for
// positions, and the validators that report every problem with its schema.
export { validateConfig, validateDescriptor } from "./generated/validators.js";
export { schemaDiagnostics } from "./schema-errors.ts";
export { parseYamlText } from "./yaml-source.ts";
