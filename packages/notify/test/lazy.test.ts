import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../..", import.meta.url));
const index = fileURLToPath(new URL("../src/index.ts", import.meta.url));

// @slack/webhook is CommonJS, so once loaded it sits in require.cache: a fresh process shows
// whether importing the package and notifying without Slack loaded it.
it("loads @slack/webhook only when a notice goes to a Slack channel", async () => {
  const script = `
    import { createRequire } from "node:module";
    const notify = await import(${JSON.stringify(index)});
    const cache = createRequire(import.meta.url).cache;
    const slackModules = () => Object.keys(cache).filter((p) => p.includes("@slack")).length;
    const notice = {
      event: "started", environment: "qa", service: "api", version: { to: "1.0.0" }, pusher: "ada",
      tickets: [], plan: "", commit: { sha: "abc" }, stages: [],
      recipients: { emails: [], slack: [], maintainer: { email: "" } },
    };
    const slack = notify.slackNotifier({ channels: { "#ops": "http://127.0.0.1:9/services/T0/B0/x" }, retry: { attempts: 1 } });
    await notify.deliverAll([notify.consoleNotifier(() => {}), slack], notice);
    const before = slackModules();
    await slack.notify({ ...notice, recipients: { ...notice.recipients, slack: ["#ops"] } });
    console.log(JSON.stringify({ before, after: slackModules() }));
  `;
  const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
  });
  const { before, after } = JSON.parse(stdout.trim()) as { before: number; after: number };
  expect(before).toBe(0);
  expect(after).toBeGreaterThan(0);
});
