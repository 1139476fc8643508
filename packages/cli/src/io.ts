// Everything a command touches outside itself, passed in so tests run it in-process.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Colour output (a terminal that has not asked for NO_COLOR). */
  color: boolean;
}
