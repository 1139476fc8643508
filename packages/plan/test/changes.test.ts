// Change detection between two refs of a deploy repo, against real git repositories.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GitError, openGit, ZERO_SHA } from "@gitops/git";
import { afterAll, describe, expect, it } from "vitest";
import { createFixture, EXAMPLE_REPO } from "../../git/test/git-fixture.ts";
import { type ChangeSet, detectChanges } from "../src/changes.ts";

const scratch = mkdtempSync(join(tmpdir(), "gitops-changes-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const example = (file: string) => readFileSync(join(EXAMPLE_REPO, file), "utf8");
/** The example's ledger descriptor at another version. */
const ledgerAt = (version: string) => example("services/ledger.yaml").replaceAll("1.8.0", version);
const servicesDir = "services";

function exampleRepo() {
  const repo = createFixture({ parent: scratch, example: true });
  return { repo, git: openGit(repo.dir), first: repo.head() };
}

describe("detectChanges", () => {
  it("on a first push (base all zeros or absent) counts every descriptor at head as added", async () => {
    const { git, first } = exampleRepo();
    const expected: ChangeSet = {
      head: first,
      firstPush: true,
      forcePush: false,
      configChanged: true,
      services: [
        { service: "fraud-scorer", kind: "added", file: "services/fraud-scorer.yaml" },
        { service: "hello", kind: "added", file: "services/hello.yaml" },
        { service: "ledger", kind: "added", file: "services/ledger.yaml" },
        { service: "payments-api", kind: "added", file: "services/payments-api.yaml" },
      ],
    };
    expect(await detectChanges(git, { base: ZERO_SHA, head: first, servicesDir })).toEqual(expected);
    expect(await detectChanges(git, { head: first, servicesDir })).toEqual(expected);
    expect(await detectChanges(git, { base: "", head: "qa", servicesDir })).toEqual(expected);
  });

  it("finds a single changed descriptor", async () => {
    const { repo, git, first } = exampleRepo();
    const second = repo.commit("ledger 1.9.0", { "services/ledger.yaml": ledgerAt("1.9.0") });
    expect(await detectChanges(git, { base: first, head: second, servicesDir })).toEqual({
      base: first,
      head: second,
      firstPush: false,
      forcePush: false,
      configChanged: false,
      services: [{ service: "ledger", kind: "changed", file: "services/ledger.yaml" }],
    });
  });

  it("resolves branch names and short SHAs to full SHAs", async () => {
    const { repo, git, first } = exampleRepo();
    const second = repo.commit("ledger 1.9.0", { "services/ledger.yaml": ledgerAt("1.9.0") });
    const changes = await detectChanges(git, { base: first.slice(0, 12), head: "qa", servicesDir });
    expect(changes.base).toBe(first);
    expect(changes.head).toBe(second);
  });

  it("reports nothing when base and head are the same commit", async () => {
    const { git, first } = exampleRepo();
    const changes = await detectChanges(git, { base: first, head: first, servicesDir });
    expect(changes).toMatchObject({ forcePush: false, configChanged: false, services: [] });
  });

  it("takes several commits pushed at once as base..head", async () => {
    const { repo, git, first } = exampleRepo();
    repo.commit("add billing", { "services/billing.yaml": "service: billing\n" });
    repo.commit("ledger 1.9.0", { "services/ledger.yaml": ledgerAt("1.9.0") });
    const head = repo.commit("retire fraud-scorer", { "services/fraud-scorer.yaml": null });
    const changes = await detectChanges(git, { base: first, head, servicesDir });
    expect(changes.forcePush).toBe(false);
    expect(changes.services).toEqual([
      { service: "billing", kind: "added", file: "services/billing.yaml" },
      { service: "fraud-scorer", kind: "removed", file: "services/fraud-scorer.yaml" },
      { service: "ledger", kind: "changed", file: "services/ledger.yaml" },
    ]);
  });

  it("nets out changes made and undone within the pushed commits", async () => {
    const { repo, git, first } = exampleRepo();
    repo.commit("try 2.0.0", { "services/ledger.yaml": ledgerAt("2.0.0") });
    repo.commit("add tmp", { "services/tmp.yaml": "service: tmp\n" });
    const head = repo.commit("back out", {
      "services/ledger.yaml": ledgerAt("1.8.0"),
      "services/tmp.yaml": null,
    });
    expect((await detectChanges(git, { base: first, head, servicesDir })).services).toEqual([]);
  });

  it("on a force push diffs the two trees directly and says so", async () => {
    const { repo, git, first } = exampleRepo();
    repo.commit("ledger 1.9.0", { "services/ledger.yaml": ledgerAt("1.9.0") });
    const before = repo.commit("add billing", { "services/billing.yaml": "service: billing\n" });
    // History rewritten: back to `first`, then different commits, then pushed with --force.
    repo.git("reset", "-q", "--hard", first);
    repo.commit("ledger 2.0.0", { "services/ledger.yaml": ledgerAt("2.0.0") });
    const after = repo.commit("retire payments-api", { "services/payments-api.yaml": null });

    const changes = await detectChanges(git, { base: before, head: after, servicesDir });
    expect(changes.forcePush).toBe(true);
    expect(changes.base).toBe(before);
    expect(changes.services).toEqual([
      // billing existed before the push and not after it.
      { service: "billing", kind: "removed", file: "services/billing.yaml" },
      { service: "ledger", kind: "changed", file: "services/ledger.yaml" },
      { service: "payments-api", kind: "removed", file: "services/payments-api.yaml" },
    ]);
  });

  it("counts a rewrite that only drops commits (a reset) as a force push too", async () => {
    const { repo, git, first } = exampleRepo();
    const before = repo.commit("add billing", { "services/billing.yaml": "service: billing\n" });
    // head is an ancestor of base: not a fast-forward.
    const changes = await detectChanges(git, { base: before, head: first, servicesDir });
    expect(changes.forcePush).toBe(true);
    expect(changes.services).toEqual([
      { service: "billing", kind: "removed", file: "services/billing.yaml" },
    ]);
  });

  it("reports a pure rename (git mv) as renamed, with the old service and file", async () => {
    const { repo, git, first } = exampleRepo();
    repo.git("mv", "services/ledger.yaml", "services/general-ledger.yaml");
    const head = repo.commit("rename ledger");
    expect((await detectChanges(git, { base: first, head, servicesDir })).services).toEqual([
      {
        service: "general-ledger",
        kind: "renamed",
        file: "services/general-ledger.yaml",
        oldFile: "services/ledger.yaml",
        oldService: "ledger",
      },
    ]);
  });

  it("reports a rename with changed content as renamed too", async () => {
    const { repo, git, first } = exampleRepo();
    repo.git("mv", "services/ledger.yaml", "services/general-ledger.yaml");
    const head = repo.commit("rename ledger and bump it", {
      "services/general-ledger.yaml": ledgerAt("1.9.0").replace("service: ledger", "service: general-ledger"),
    });
    expect(repo.git("diff-tree", "-r", "-M", "--name-status", first, head)).toMatch(/^R\d+\t/);
    expect(repo.git("diff-tree", "-r", "-M", "--name-status", first, head)).not.toMatch(/^R100/);
    expect((await detectChanges(git, { base: first, head, servicesDir })).services).toEqual([
      {
        service: "general-ledger",
        kind: "renamed",
        file: "services/general-ledger.yaml",
        oldFile: "services/ledger.yaml",
        oldService: "ledger",
      },
    ]);
  });

  it("treats .yml -> .yaml as a rename of the same service", async () => {
    const { repo, git, first } = exampleRepo();
    repo.git("mv", "services/ledger.yaml", "services/ledger.yml");
    const head = repo.commit("extension");
    expect((await detectChanges(git, { base: first, head, servicesDir })).services).toEqual([
      {
        service: "ledger",
        kind: "renamed",
        file: "services/ledger.yml",
        oldFile: "services/ledger.yaml",
        oldService: "ledger",
      },
    ]);
  });

  it("counts a descriptor moved out of the services dir as removed, and moved in as added", async () => {
    const { repo, git, first } = exampleRepo();
    repo.commit("park a file", { "attic/billing.yaml": "service: billing\n" });
    const base = repo.head();
    mkdirSync(join(repo.dir, "services/archive"));
    repo.git("mv", "services/ledger.yaml", "services/archive/ledger.yaml"); // nested: not a descriptor
    repo.git("mv", "attic/billing.yaml", "services/billing.yaml");
    const head = repo.commit("shuffle");
    expect(first).not.toBe(base);
    expect((await detectChanges(git, { base, head, servicesDir })).services).toEqual([
      { service: "billing", kind: "added", file: "services/billing.yaml" },
      { service: "ledger", kind: "removed", file: "services/ledger.yaml" },
    ]);
  });

  it("sees a change to gitops.yaml alone as configChanged with no services", async () => {
    const { repo, git, first } = exampleRepo();
    const head = repo.commit("tighten prod", {
      "gitops.yaml": example("gitops.yaml").replace("concurrency: 2", "concurrency: 1"),
    });
    const changes = await detectChanges(git, { base: first, head, servicesDir });
    expect(changes.configChanged).toBe(true);
    expect(changes.services).toEqual([]);
  });

  it("ignores other files: README, dotfiles, nested dirs, scripts", async () => {
    const { repo, git, first } = exampleRepo();
    const head = repo.commit("noise", {
      "services/README.md": "# services\n",
      "services/.hidden.yaml": "service: hidden\n",
      "services/notes.txt": "x\n",
      "services/nested/extra.yaml": "service: extra\n",
      "services/nested/deeper/more.yml": "service: more\n",
      "scripts/deploy.sh": "#!/bin/sh\necho changed\n",
      "other/thing.yaml": "service: other\n",
      "README.md": "# deploy repo\n",
    });
    const changes = await detectChanges(git, { base: first, head, servicesDir });
    expect(changes).toMatchObject({ configChanged: false, services: [] });
  });

  it("honours another servicesDir, written with or without ./ and a trailing slash", async () => {
    const repo = createFixture({ parent: scratch });
    const base = repo.commit("start", { "gitops.yaml": "version: 1\n", "deploy/svc/a.yaml": "service: a\n" });
    const head = repo.commit("more", {
      "deploy/svc/a.yaml": "service: a\nversion: 2\n",
      "deploy/svc/b.yml": "service: b\n",
      "services/c.yaml": "service: c\n",
    });
    const git = openGit(repo.dir);
    const expected = [
      { service: "a", kind: "changed", file: "deploy/svc/a.yaml" },
      { service: "b", kind: "added", file: "deploy/svc/b.yml" },
    ];
    for (const dir of ["deploy/svc", "./deploy/svc/", "deploy/svc/"]) {
      expect((await detectChanges(git, { base, head, servicesDir: dir })).services).toEqual(expected);
    }
  });

  it("handles file names with spaces and non-ASCII characters", async () => {
    const { repo, git, first } = exampleRepo();
    const head = repo.commit("odd names", {
      "services/café crème.yaml": "service: x\n",
      "services/日本語.yml": "service: y\n",
      'services/quote"and\\back.yaml': "service: z\n",
      "services/tab\there.yaml": "service: t\n",
    });
    expect((await detectChanges(git, { base: first, head, servicesDir })).services).toEqual([
      { service: "café crème", kind: "added", file: "services/café crème.yaml" },
      { service: 'quote"and\\back', kind: "added", file: 'services/quote"and\\back.yaml' },
      { service: "tab\there", kind: "added", file: "services/tab\there.yaml" },
      { service: "日本語", kind: "added", file: "services/日本語.yml" },
    ]);
  });

  it("throws E_GIT_REF_NOT_FOUND, saying to fetch, for a base not in the clone; never a first push", async () => {
    const { git, first } = exampleRepo();
    const missing = "1234567890abcdef1234567890abcdef12345678";
    const error = await detectChanges(git, { base: missing, head: first, servicesDir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).code).toBe("E_GIT_REF_NOT_FOUND");
    expect((error as GitError).message).toContain(missing);
    expect((error as GitError).message).toMatch(/fetch-depth: 0/);
  });

  it("finds a base that exists only in a full clone, not in a shallow one", async () => {
    const { repo, first } = exampleRepo();
    const head = repo.commit("ledger 1.9.0", { "services/ledger.yaml": ledgerAt("1.9.0") });
    const shallow = join(scratch, `shallow-${Date.now()}`);
    repo.git("clone", "-q", "--depth=1", "--no-local", `file://${repo.dir}`, shallow);
    const error = await detectChanges(openGit(shallow), { base: first, head, servicesDir }).catch((e) => e);
    expect((error as GitError).code).toBe("E_GIT_REF_NOT_FOUND");
    repo.git("-C", shallow, "fetch", "-q", "--unshallow");
    const changes = await detectChanges(openGit(shallow), { base: first, head, servicesDir });
    expect(changes.services).toEqual([{ service: "ledger", kind: "changed", file: "services/ledger.yaml" }]);
  });

  it("throws E_GIT_REF_NOT_FOUND for a head that is not there", async () => {
    const { git, first } = exampleRepo();
    const error = await detectChanges(git, { base: first, head: "no-such-branch", servicesDir }).catch(
      (e) => e,
    );
    expect((error as GitError).code).toBe("E_GIT_REF_NOT_FOUND");
  });

  it("rejects a hostile ref instead of passing it to git as an option", async () => {
    const { git, first } = exampleRepo();
    const output = join(scratch, "hostile-output");
    for (const options of [
      { base: `--output=${output}`, head: first, servicesDir },
      { base: first, head: `--output=${output}`, servicesDir },
    ]) {
      const error = await detectChanges(git, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).code).toBe("E_GIT");
      expect((error as GitError).message).toMatch(/cannot start with "-"/);
    }
    expect(() => readFileSync(output)).toThrow();
  });
});
