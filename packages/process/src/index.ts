export { inheritedEnv, isValidEnvEntry } from "./env.ts";
export {
  CommandError,
  type CommandRun,
  DEFAULT_KILL_GRACE_MS,
  describeRun,
  type OutputStream,
  type RunCommandOptions,
  runCommand,
  validateCommand,
} from "./run.ts";
export { OUTPUT_TAIL_CHARS, stripAnsi, Tail } from "./tail.ts";
