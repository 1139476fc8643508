// The shared JIRA connection, through the real jira.js client, against the local JIRA double (and a
// server that never answers, and one that answers the wrong shape).
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JiraDouble, startJiraDouble } from "../../../test/doubles/jira/jira-double.ts";
import { isJiraError, type JiraError, openJira } from "../src/index.ts";

const BOT = { accountId: "5b10a2844c20165700ede30a", email: "bot@acme.example", displayName: "gitops bot" };
const TOKEN = "connection-test-api-token-7f3a";
let jira: JiraDouble;
const slept: number[] = [];
const retry = { sleep: async (ms: number) => void slept.push(ms) };
const cloud = (apiToken = TOKEN) => ({ url: jira.url, auth: { email: BOT.email, apiToken } });

beforeAll(async () => {
  jira = await startJiraDouble({
    users: [BOT],
    credentials: {
      basic: [{ email: BOT.email, token: TOKEN }],
      bearer: [{ token: "dc-pat-1", accountId: BOT.accountId }],
    },
  });
  jira.addIssue({ key: "PAY-1", summary: "Bump ledger", status: "In Progress" });
});
afterAll(() => jira.close());

async function failure(promise: Promise<unknown>): Promise<JiraError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isJiraError(error)) throw new Error(`expected a JiraError, got ${String(error)}`);
  return error;
}

const getPay1 = (api: Parameters<Parameters<ReturnType<typeof openJira>["call"]>[1]>[0]) =>
  api.getIssue(api.client, { issueIdOrKey: "PAY-1", fields: ["status"] });

describe("openJira", () => {
  it("calls JIRA through jira.js, with Basic (Cloud) or Bearer (Data Center) credentials", async () => {
    const issue = await openJira(cloud()).call("get PAY-1", getPay1);
    expect((issue.fields as { status: { name: string } }).status.name).toBe("In Progress");
    const dc = await openJira({ url: jira.url, auth: { token: "dc-pat-1" } }).call("get PAY-1", getPay1);
    expect(dc.key).toBe("PAY-1");
    expect(jira.requests.at(-1)?.headers.authorization).toBe("Bearer dc-pat-1");
  });

  it("turns a 404 into a not-found JiraError with JIRA's words", async () => {
    const error = await failure(
      openJira(cloud()).call("get PAY-404", (api) => api.getIssue(api.client, { issueIdOrKey: "PAY-404" })),
    );
    expect(error).toMatchObject({ kind: "not-found", status: 404, attempts: 1, what: "get PAY-404" });
    expect(error.reason).toBe("Issue does not exist or you do not have permission to see it.");
    expect(error.message).toBe(
      "JIRA answered 404 to get PAY-404: Issue does not exist or you do not have permission to see it.",
    );
  });

  it("turns a 400 into a rejected JiraError carrying the field errors", async () => {
    const error = await failure(
      openJira(cloud()).call("create", (api) =>
        api.createIssue(api.client, {
          fields: { project: { key: "PAY" }, issuetype: { name: "Task" }, summary: "a\nb" },
        }),
      ),
    );
    expect(error).toMatchObject({ kind: "rejected", status: 400 });
    expect(error.fieldErrors).toEqual({
      summary: "The summary is invalid because it contains newline characters.",
    });
  });

  it("refused credentials: an auth error, not retried, and no secret in it", async () => {
    const before = jira.requests.length;
    const wrong = "wrong-secret-token-123";
    const error = await failure(openJira(cloud(wrong), { retry }).call("get PAY-1", getPay1));
    expect(error).toMatchObject({ kind: "auth", status: 401, attempts: 1 });
    expect(jira.requests.length - before).toBe(1);
    const said = JSON.stringify({ message: error.message, reason: error.reason, stack: error.stack });
    expect(said).not.toContain(wrong);
    expect(said).not.toContain(Buffer.from(`${BOT.email}:${wrong}`).toString("base64"));
  });

  it("waits what a 429's Retry-After asks, retries a 5xx, and reports each attempt", async () => {
    slept.length = 0;
    jira.failNext(1, { status: 429, retryAfter: 2 });
    jira.failNext(1, { status: 503 });
    const attempts: number[] = [];
    const issue = await openJira(cloud(), { retry }).call("get PAY-1", getPay1, (n) => attempts.push(n));
    expect(issue.key).toBe("PAY-1");
    expect(slept).toEqual([2000, 1000]);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("gives up after its attempts, saying how many", async () => {
    jira.failNext(4, { status: 500 });
    const error = await failure(openJira(cloud(), { retry }).call("get PAY-1", getPay1));
    expect(error).toMatchObject({ kind: "server", status: 500, attempts: 4 });
    expect(error.message).toBe("JIRA answered 500 to get PAY-1 after 4 attempts: Internal server error");
  });

  it("does not wait an hour because a 429 asks it to", async () => {
    jira.failNext(1, { status: 429, retryAfter: 3600 });
    const error = await failure(openJira(cloud(), { retry }).call("get PAY-1", getPay1));
    expect(error).toMatchObject({ kind: "rate-limit", status: 429, attempts: 1 });
    expect(error.message).toBe(
      "JIRA answered 429 to get PAY-1: asked to wait 3600 s (status 429); not waiting that long",
    );
  });

  it("reports an answer that breaks Atlassian's documented shape as a schema error", async () => {
    const wrong = createHttpServer((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ key: 42, fields: "none" }));
    });
    await new Promise<void>((done) => wrong.listen(0, "127.0.0.1", done));
    try {
      const { port } = wrong.address() as { port: number };
      const error = await failure(
        openJira({ url: `http://127.0.0.1:${port}`, auth: { token: "t0k3n-xyz" } }).call(
          "get PAY-1",
          getPay1,
        ),
      );
      expect(error.kind).toBe("schema");
    } finally {
      await new Promise((done) => wrong.close(done));
    }
  });

  it("keeps JIRA's words on one line, without terminal escapes or bidi overrides", async () => {
    const odd = createHttpServer((_, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ errorMessages: ["bad\r\n::error::forged\u001b[2J \u202eevil"] }));
    });
    await new Promise<void>((done) => odd.listen(0, "127.0.0.1", done));
    try {
      const { port } = odd.address() as { port: number };
      const error = await failure(
        openJira({ url: `http://127.0.0.1:${port}`, auth: { token: "t0k3n-xyz" } }).call(
          "get PAY-1",
          getPay1,
        ),
      );
      expect(error).toMatchObject({ kind: "rejected", status: 400 });
      expect(error.reason).toBe("bad ::error::forged [2J evil");
      expect(error.message).toBe("JIRA answered 400 to get PAY-1: bad ::error::forged [2J evil");
    } finally {
      await new Promise((done) => odd.close(done));
    }
  });

  it("reports a JIRA nobody listens on as a network error", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const { port } = closed.address() as { port: number };
    await new Promise((done) => closed.close(done));
    const error = await failure(
      openJira({ url: `http://127.0.0.1:${port}`, auth: { token: "t0k3n-xyz" } }).call("get PAY-1", getPay1),
    );
    expect(error.kind).toBe("network");
  });
});

describe("a JIRA that never answers", () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => void sockets.push(socket)); // accepts, never answers
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((done) => silent.close(done));
  });

  it("stops waiting after the timeout, and does not retry a timeout", async () => {
    const { port } = silent.address() as { port: number };
    const error = await failure(
      openJira(
        { url: `http://127.0.0.1:${port}`, auth: { token: "t0k3n-xyz" } },
        { timeoutMs: 200, retry },
      ).call("get PAY-1", getPay1),
    );
    expect(error).toMatchObject({ kind: "timeout", attempts: 1 });
    expect(error.message).toBe("JIRA did not answer get PAY-1 within 0.2 s");
  });
});

describe("lazy loading", () => {
  it("opening a connection checks nothing: a bad URL fails the first call, without the secret", async () => {
    const secret = "bad-url-secret-token";
    const connection = openJira({ url: "not a url", auth: { email: BOT.email, apiToken: secret } });
    const error = await failure(connection.call("get PAY-1", getPay1));
    expect(error).toMatchObject({ kind: "config", attempts: 0 });
    expect(error.message).toBe('JIRA get PAY-1: "not a url" is not a URL');
    expect(error.message).not.toContain(secret);
  });

  it("imports nothing from jira.js until the first call", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gitops-jira-lazy-"));
    try {
      const log = join(dir, "resolved.log");
      // A resolve hook that writes down every jira.js module the process resolves.
      await writeFile(
        join(dir, "hooks.mjs"),
        `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.includes("/jira.js/")) appendFileSync(${JSON.stringify(log)}, result.url + "\\n");
  return result;
}
`,
      );
      await writeFile(
        join(dir, "register.mjs"),
        `import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n`,
      );
      await writeFile(
        join(dir, "main.mjs"),
        `import { existsSync, readFileSync } from "node:fs";
const seen = () => (existsSync(${JSON.stringify(log)}) ? readFileSync(${JSON.stringify(log)}, "utf8").trim().split("\\n") : []);
const { openJira } = await import(${JSON.stringify(pathToFileURL(fileURLToPath(new URL("../src/index.ts", import.meta.url))).href)});
const jira = openJira({ url: process.env.JIRA_URL, auth: { token: "dc-pat-1" } });
const opened = seen();
const issue = await jira.call("get PAY-1", (api) => api.getIssue(api.client, { issueIdOrKey: "PAY-1", fields: ["status"] }));
console.log(JSON.stringify({ opened, called: seen(), key: issue.key }));
`,
      );
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "--import", pathToFileURL(join(dir, "register.mjs")).href, join(dir, "main.mjs")],
        {
          cwd: fileURLToPath(new URL("../../..", import.meta.url)),
          env: { ...process.env, JIRA_URL: jira.url },
        },
      );
      const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
        opened: string[];
        called: string[];
        key: string;
      };
      expect(result.opened).toEqual([]);
      expect(result.key).toBe("PAY-1");
      expect(result.called.some((url) => url.includes("/jira.js/dist/core/"))).toBe(true);
      expect(result.called.some((url) => url.includes("/jira.js/dist/cloud/"))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
