/**
 * The named variables of `parent` that are set, and nothing else: the start of a minimal
 * environment, so a command does not see the caller's tokens by accident.
 */
export function inheritedEnv(
  names: readonly string[],
  parent: Record<string, string | undefined> = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of names) {
    const value = parent[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** Whether `name=value` can be put in a process's environment. */
export function isValidEnvEntry(name: string, value: unknown): boolean {
  return (
    name !== "" &&
    !name.includes("=") &&
    !name.includes("\0") &&
    typeof value === "string" &&
    !value.includes("\0")
  );
}
