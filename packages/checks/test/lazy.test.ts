// The healthcheck and smoke checks load neither the XML parser nor the glob: only a regression
// run that reads reports does. Checked in a child process with a module-resolution hook.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  return typeof address === "object" && address !== null ? address.port : 0;
}

it("loads saxes and tinyglobby only when a regression run reads its reports", async () => {
  const dir = await mkdtemp(join(tmpdir(), "gitops-checks-lazy-"));
  try {
    const log = join(dir, "resolved.log");
    // A resolve hook that writes down every saxes or tinyglobby module the process resolves.
    await writeFile(
      join(dir, "hooks.mjs"),
      `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/\\/node_modules\\/(saxes|tinyglobby)\\//.test(result.url)) appendFileSync(${JSON.stringify(log)}, result.url + "\\n");
  return result;
}
`,
    );
    await writeFile(
      join(dir, "register.mjs"),
      `import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n`,
    );
    const index = pathToFileURL(fileURLToPath(new URL("../src/index.ts", import.meta.url))).href;
    await writeFile(
      join(dir, "main.mjs"),
      `import { existsSync, mkdirSync, readFileSync } from "node:fs";
const seen = () => (existsSync(${JSON.stringify(log)}) ? readFileSync(${JSON.stringify(log)}, "utf8").trim().split("\\n") : []);
const checks = await import(${JSON.stringify(index)});
const imported = seen();
const health = await checks.runHealthcheck(
  [{ name: "db", target: { kind: "tcp", host: "127.0.0.1", port: Number(process.env.CLOSED_PORT) } }],
  { startupGraceMs: 0, intervalMs: 10, timeoutMs: 1000, retries: 0 },
);
checks.healthText(health);
checks.healthMarkdown("health", health);
const smoke = await checks.runSmoke([], { domain: "127.0.0.1", port: 1 }, { timeoutMs: 1000 });
checks.smokeMarkdown("smoke", smoke);
const checked = seen();
const cwd = ${JSON.stringify(join(dir, "repo"))};
mkdirSync(cwd);
const regression = await checks.runRegression({
  command: [process.execPath, "-e", 'require("fs").writeFileSync("reports/r.xml", "<testsuite><testcase name=\\\\"t\\\\"/></testsuite>")'],
  cwd,
  env: {},
  timeoutMs: 30000,
  reports: "reports/*.xml",
});
console.log(JSON.stringify({ imported, checked, regressed: seen(), health: health.ok, reason: regression.reason }));
`,
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--import", pathToFileURL(join(dir, "register.mjs")).href, join(dir, "main.mjs")],
      {
        cwd: fileURLToPath(new URL("../../..", import.meta.url)),
        env: { ...process.env, CLOSED_PORT: String(await closedPort()) },
      },
    );
    const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
      imported: string[];
      checked: string[];
      regressed: string[];
      health: boolean;
      reason: string;
    };
    expect(result.imported).toEqual([]);
    expect(result.checked).toEqual([]);
    expect(result.health).toBe(false);
    expect(result.reason).toBe("1 test passed");
    expect(result.regressed.some((url) => url.includes("/node_modules/saxes/"))).toBe(true);
    expect(result.regressed.some((url) => url.includes("/node_modules/tinyglobby/"))).toBe(true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
