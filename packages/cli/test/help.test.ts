// Help as a user reads it: `gitops --help` lists the commands, `gitops <command> --help` shows
// that command only, and a wrong command line says what is wrong and how to ask for help.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/commands/index.ts";

const cli = new URL("../dist/index.js", import.meta.url).pathname;

function gitops(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const names = COMMANDS.map((c) => c.name);

describe("gitops --help", () => {
  it("lists every command with its summary", () => {
    const run = gitops(["--help"]);
    expect(run.code).toBe(0);
    for (const command of COMMANDS)
      expect(run.stdout).toMatch(new RegExp(`^  ${command.name} +${command.summary}$`, "m"));
  });

  it("is what `gitops help` prints", () => {
    expect(gitops(["help"]).stdout).toBe(gitops(["--help"]).stdout);
  });
});

describe.each(names)("gitops %s --help", (name) => {
  const command = COMMANDS.find((c) => c.name === name)!;
  const others = names.filter((n) => n !== name);

  it("prints that command's usage, options and exit statuses, and no other command", () => {
    const run = gitops([name, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`Usage:\n  ${command.usage}\n`);
    for (const option of Object.keys(command.options)) expect(run.stdout).toContain(`--${option}`);
    expect(run.stdout).toMatch(/Exit status:\n( {2,}\d+ {2}.+\n)+/);
    for (const other of others) expect(run.stdout).not.toContain(`gitops ${other}`);
  });

  it("is the same with -h and with `gitops help <command>`", () => {
    const help = gitops([name, "--help"]).stdout;
    expect(gitops([name, "-h"]).stdout).toBe(help);
    expect(gitops(["help", name]).stdout).toBe(help);
  });

  it("answers help even when the rest of the command line is wrong", () => {
    expect(gitops([name, "--no-such-flag", "--help"]).code).toBe(2);
    expect(gitops([name, "--help", "extra", "words"]).code).toBe(0);
  });
});

describe("a wrong command line", () => {
  it("names the problem and the command's usage, and exits 2", () => {
    const run = gitops(["plan", "--base", "qa"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `gitops: plan needs --head REF\nusage: ${COMMANDS.find((c) => c.name === "plan")!.usage}\nRun "gitops plan --help" for more.\n`,
    );
  });

  it("checks --format once, against the command's own formats", () => {
    for (const command of COMMANDS.filter((c) => c.formats?.length)) {
      const run = gitops([command.name, "--format", "xml"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--format must be one of ${command.formats!.join(", ")}`);
    }
  });

  it("refuses an unknown command, pointing at the list", () => {
    const run = gitops(["deploy-everything"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gitops: unknown command "deploy-everything"\nRun "gitops --help" for the commands.\n',
    );
    expect(gitops(["help", "nope"]).code).toBe(2);
  });
});
