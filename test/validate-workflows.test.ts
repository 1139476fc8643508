// Every workflow and action.yml in the repo must pass GitHub's language service, actionlint
// and our house rules with zero findings. The negative cases prove each validator is live:
// a validator that silently reports nothing would otherwise make this suite pass vacuously.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkActionHouseRules,
  type Finding,
  findActionFiles,
  findWorkflowFiles,
  formatFinding,
  lintActionMetadata,
  lintWorkflow,
  repoRoot,
  validateWithActionlint,
  validateWithLanguageService,
} from "./harness/workflow-lint.ts";

const show = (findings: Finding[]) => findings.map((f) => formatFinding(f, repoRoot));

// One test per file, so a failure names it; top level, since an empty describe is an error
// and the repo may have no workflows yet.
for (const file of findWorkflowFiles(repoRoot)) {
  it(`workflow ${relative(repoRoot, file)}`, async () => {
    expect(show(await lintWorkflow(file))).toEqual([]);
  });
}

for (const file of findActionFiles(repoRoot)) {
  it(`action ${relative(repoRoot, file)}`, async () => {
    expect(show(await lintActionMetadata(file))).toEqual([]);
  });
}

describe("known-good fixture", () => {
  const fixtures = join(repoRoot, "test/fixtures/workflows/.github/workflows");
  for (const name of ["good.yml", "deploy.yml"]) {
    it(`${name} passes both validators`, async () => {
      expect(show(await lintWorkflow(join(fixtures, name)))).toEqual([]);
    });
  }
});

// Small bad files in a throwaway repo layout (.github/workflows/, action.yml): the language
// service decides workflow vs action metadata from the path.
const scratch = mkdtempSync(join(tmpdir(), "gitops-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const messages = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.col} ${f.message}`);

describe("the validators report what they should", () => {
  it("both flag an unknown key", async () => {
    const file = write(
      "unknown-key/.github/workflows/ci.yml",
      "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout: 5\n    steps:\n      - run: echo hi\n",
    );
    expect(messages(await validateWithLanguageService(file))).toEqual(["5:5 Unexpected value 'timeout'"]);
    const actionlint = await validateWithActionlint(file);
    expect(actionlint).toHaveLength(1);
    expect(actionlint[0]).toMatchObject({ line: 5, col: 5, validator: "actionlint" });
    expect(actionlint[0]?.message).toMatch(/unexpected key "timeout" for "job" section/);
  });

  it("actionlint flags an expression injected into a script", async () => {
    const file = write(
      "injection/.github/workflows/ci.yml",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, the point of the test
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.head_commit.message }}"\n',
    );
    const findings = await validateWithActionlint(file);
    expect(messages(findings)).toEqual([
      expect.stringMatching(/^6:24 "github.event.head_commit.message" is potentially untrusted/),
    ]);
    expect(formatFinding(findings[0] as Finding, scratch)).toMatch(
      /^injection\/.github\/workflows\/ci.yml:6:24 .*untrusted.* \[expression\] \(actionlint\)$/,
    );
  });

  it("the language service checks a local reusable-workflow call against the called file", async () => {
    write(
      "reusable/.github/workflows/deploy.yml",
      "on:\n  workflow_call:\n    inputs:\n      environment:\n        type: string\n        required: true\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo deploying\n",
    );
    const caller = write(
      "reusable/.github/workflows/release.yml",
      "on: push\njobs:\n  release:\n    uses: ./.github/workflows/deploy.yml\n    with:\n      enviroment: production\n",
    );
    expect(messages(await validateWithLanguageService(caller))).toEqual([
      "4:11 Input environment is required, but not provided while calling.",
      "6:19 Invalid input, enviroment is not defined in the referenced workflow.",
    ]);
  });

  it("resolves a remote reusable workflow only through a local checkout", async () => {
    const caller = write(
      "remote/.github/workflows/release.yml",
      "on: push\njobs:\n  release:\n    uses: acme/gitops/.github/workflows/deploy.yml@v1\n",
    );
    expect(messages(await validateWithLanguageService(caller))).toEqual([
      "4:11 Unable to find reusable workflow",
    ]);
    const checkout = join(scratch, "reusable");
    expect(
      messages(await validateWithLanguageService(caller, { remoteRepos: { "acme/gitops": checkout } })),
    ).toEqual(["4:11 Input environment is required, but not provided while calling."]);
  });

  it("the language service applies GitHub's action metadata schema", async () => {
    const file = write(
      "schema/action.yml",
      "name: x\ndescription: y\nruns:\n  using: node24\n  entry: index.js\n",
    );
    expect(messages(await validateWithLanguageService(file))).toEqual([
      "4:3 'main' is required for Node.js actions (using: node24)",
      "5:3 Unexpected value 'entry'",
    ]);
  });

  it("the house rules accept a complete action and flag each deviation", () => {
    const good = write(
      "house/good/action.yml",
      [
        "name: Deploy",
        "description: Deploys",
        "author: gitops",
        "branding:\n  icon: upload-cloud\n  color: blue",
        "inputs:\n  env:\n    description: Target\n    required: true",
        "outputs:\n  url:\n    description: Where",
        "runs:\n  using: node24\n  main: dist/index.js",
      ].join("\n"),
    );
    write("house/good/dist/index.js", "");
    expect(checkActionHouseRules(good)).toEqual([]);

    const bad = write(
      "house/bad/action.yml",
      [
        "name: Deploy",
        "description: ''",
        "inputs:",
        "  env:",
        "    required: true",
        "    default: staging",
        "outputs:",
        "  url:",
        "    description: Where",
        "runs:",
        "  using: node16",
        "  main: dist/index.js",
      ].join("\n"),
    );
    expect(messages(checkActionHouseRules(bad))).toEqual([
      "2:1 description is required: shown in the Marketplace",
      "1:1 author is required: shown in the Marketplace",
      "1:1 branding.icon is required: the Marketplace badge",
      "1:1 branding.color is required: the Marketplace badge",
      "11:3 runs.using must be node24 (GitHub's JavaScript runtime), got node16",
      "12:3 runs.main dist/index.js does not exist: run npm run build and commit dist/",
      "4:3 inputs.env.description is required: every input and output is documented",
      "6:5 inputs.env is required and has a default: the default always applies, so drop one",
    ]);
  });

  it("lintActionMetadata runs the schema and the house rules together", async () => {
    const file = write(
      "both/action.yml",
      "name: x\ndescription: y\nruns:\n  using: node16\n  main: index.js\n  bogus: 1\n",
    );
    const findings = await lintActionMetadata(file);
    expect(new Set(findings.map((f) => f.validator))).toEqual(new Set(["languageservice", "house-rules"]));
    expect(messages(findings)).toContain(
      "4:3 runs.using must be node24 (GitHub's JavaScript runtime), got node16",
    );
  });
});

describe("discovery", () => {
  it("finds this repo's and the examples' workflows and the action manifests, nothing else", () => {
    const root = join(scratch, "discovery");
    for (const path of [
      ".github/workflows/ci.yml",
      ".github/workflows/release.yaml",
      ".github/workflows/README.md",
      ".github/workflows/nested/ignored.yml",
      "examples/shop/.github/workflows/deploy.yml",
      "examples/shop/node_modules/pkg/.github/workflows/theirs.yml",
      "actions/validate/action.yml",
      "actions/plan/action.yaml",
      "actions/empty/README.md",
      "release/action.yml",
      "packages/model/.github/workflows/not-scanned.yml",
    ]) {
      write(join("discovery", path), "");
    }
    const rel = (files: string[]) => files.map((f) => relative(root, f));
    expect(rel(findWorkflowFiles(root))).toEqual([
      ".github/workflows/ci.yml",
      ".github/workflows/release.yaml",
      "examples/shop/.github/workflows/deploy.yml",
    ]);
    expect(rel(findActionFiles(root))).toEqual([
      "actions/plan/action.yaml",
      "actions/validate/action.yml",
      "release/action.yml",
    ]);
  });
});
