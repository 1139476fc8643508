// Writes a realistic deploy repo of N services for benchmarks: a few descriptor shapes,
// varied values, and a gitops.yaml that knows their Slack channels.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function generateRepo(dir: string, services: number): void {
  mkdirSync(join(dir, "services"), { recursive: true });
  writeFileSync(join(dir, "gitops.yaml"), config());
  for (let i = 0; i < services; i++) {
    const name = `svc-${String(i).padStart(5, "0")}`;
    writeFileSync(join(dir, "services", `${name}.yaml`), descriptor(name, i));
  }
}

function config(): string {
  return `version: 1
environments:
  qa:
    driver: { type: command, command: [./deploy.sh] }
    capacity: { cpu: 20000, memory: 40Ti }
  stage:
    promotesFrom: qa
    stages: [deploy, healthcheck, regression]
    driver: { type: command, command: [./deploy.sh] }
  prod:
    promotesFrom: stage
    stages: [deploy, healthcheck, smoke]
    driver: { type: command, command: [./deploy.sh], timeout: 20m }
gate:
  allow: { users: [release-bot], teams: [acme/release] }
notifications:
  slack:
    channels:
      "#team-0": { webhook: SLACK_TEAM_0 }
      "#team-1": { webhook: SLACK_TEAM_1 }
      "#team-2": { webhook: SLACK_TEAM_2 }
`;
}

function descriptor(name: string, i: number): string {
  const base = `# yaml-language-server: $schema=../schemas/descriptor.schema.json
service: ${name}
version: "${1 + (i % 7)}.${i % 13}.${i % 5}"
image: registry.example.com/team-${i % 3}/${name}:${1 + (i % 7)}.${i % 13}.${i % 5}
maintainer:
  name: Team ${i % 3}
  email: team-${i % 3}@example.com
domain: ${name}.qa.example.com
port: ${8000 + (i % 1000)}
replicas: ${1 + (i % 3)}
resources:
  cpu: ${100 + (i % 10) * 50}m
  memory: ${128 * (1 + (i % 8))}Mi
ports:
  - ${8000 + (i % 1000)}
  - { port: 9090, protocol: tcp, exposure: internal }
healthcheck:
  startupGrace: ${i % 4 === 0 ? "60s" : "5s"}
  interval: 5s
  timeout: 2s
  retries: 10
  endpoints:
    - name: ready
      http: /health/ready
      expect: { status: 200, json: { "$.status": UP } }
    - tcp: 9090
notifications:
  emails: [team-${i % 3}@example.com]
  slack: ["#team-${i % 3}"]
`;
  const extra =
    i % 2 === 0
      ? `smoke:
  checks:
    - name: home
      request: { path: / }
      expect: { status: 2xx }
regression:
  command: [npm, run, e2e]
  timeout: 10m
  reports: reports/${name}/*.xml
`
      : "";
  return `${base}${extra}overrides:
  prod: { domain: ${name}.example.com, replicas: 3 }
`;
}
