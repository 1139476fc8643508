// Paths as git names them.

/** `services/`, `./services` and `services` are the same directory; "" and "." are the root. */
export function normaliseDir(dir: string): string {
  return dir
    .replace(/^(\.\/)+/, "")
    .replace(/\/+$/, "")
    .replace(/^\.$/, "");
}
