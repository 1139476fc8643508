// A deploy repo for release tests: a real git repo, a deploy command (a node script that
// records what it deployed) and a real HTTP server whose health follows what is deployed.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createFixture, type Fixture } from "../../git/test/git-fixture.ts";

// The deploy command: records "<service> <version> <reason>" and the deployed version per service.
const DEPLOY_SCRIPT = `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
const d = JSON.parse(readFileSync(process.env.GITOPS_DESCRIPTOR, "utf8"));
mkdirSync("state", { recursive: true });
appendFileSync("state/log", \`start \${d.service} \${process.env.GITOPS_VERSION} \${process.env.GITOPS_DEPLOY_REASON}\\n\`);
await new Promise((r) => setTimeout(r, 20));
if (d.version.includes("slow")) { console.log("waiting for the registry"); await new Promise((r) => setTimeout(r, 60_000)); }
if (d.version.includes("undeployable")) { console.error("registry says no"); process.exit(4); }
writeFileSync(\`state/\${d.service}\`, d.version);
appendFileSync("state/log", \`end \${d.service}\\n\`);
console.log(\`deployed \${d.service} \${d.version}\`);
`;

/** Answers /<service>/health with 200 unless the deployed version of that service says "broken". */
async function healthServer(stateDir: string, cleanups: (() => unknown)[]): Promise<number> {
  const server: Server = createServer((req, res) => {
    const service = (req.url ?? "").split("/")[1] ?? "";
    const file = join(stateDir, service);
    const version = existsSync(file) ? readFileSync(file, "utf8") : "";
    const ok = version !== "" && !version.includes("broken");
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: ok ? "UP" : "DOWN", version }));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  cleanups.push(() => new Promise((done) => server.close(done)));
  return (server.address() as AddressInfo).port;
}

export function descriptor(service: string, version: string, port: number): string {
  return `service: ${service}
version: "${version}"
maintainer: { email: ${service}@example.test }
domain: 127.0.0.1
port: ${port}
resources: { cpu: 100m, memory: 64Mi }
healthcheck:
  interval: 50ms
  timeout: 500ms
  retries: 2
  endpoints:
    - http: /${service}/health
notifications:
  emails: [${service}-team@example.test]
  slack: ["#deploys"]
`;
}

export interface Setup {
  repo: Fixture;
  port: number;
  before: string;
}

/** A deploy repo with api 1.0.0 and web 2.0.0 deployed, a recording deploy command, and their health server. */
export async function setupDeployRepo(cleanups: (() => unknown)[], concurrency = 4): Promise<Setup> {
  const repo = createFixture();
  cleanups.push(() => repo.remove());
  mkdirSync(join(repo.dir, "state"), { recursive: true });
  const port = await healthServer(join(repo.dir, "state"), cleanups);
  const before = repo.commit("the deployed state", {
    ".gitignore": "state/\n",
    "deploy.mjs": DEPLOY_SCRIPT,
    "gitops.yaml": `version: 1
environments:
  qa:
    stages: [deploy, healthcheck]
    concurrency: ${concurrency}
    driver: { type: command, command: [node, deploy.mjs], timeout: 30s }
gate:
  allow: { users: [carol] }
  skipMarkers: ["[skip deploy]"]
notifications:
  slack:
    channels:
      "#deploys": { webhook: SLACK_WEBHOOK_DEPLOYS }
# This team retires services without an approval.
diff:
  rules: { service-removed: safe }
`,
    "services/api.yaml": descriptor("api", "1.0.0", port),
    "services/web.yaml": descriptor("web", "2.0.0", port),
  });
  return { repo, port, before };
}
