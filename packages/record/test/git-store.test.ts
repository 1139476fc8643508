// The record as a git ref, against real repositories and a real bare origin.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openGit } from "@gitops/git";
import { afterAll, describe, expect, it } from "vitest";
import { createFixture, gitEnv } from "../../git/test/git-fixture.ts";
import { gitRecordStore, STATE_PATH } from "../src/git-store.ts";
import type { ReleaseRecord } from "../src/state.ts";
import { applyRelease, baseline, CONFIG_PATH } from "../src/transition.ts";
import { updateRecord } from "../src/update.ts";

const scratch = mkdtempSync(join(tmpdir(), "gitops-record-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A deploy repo pushed to a bare origin, and a second clone of it. */
function deployRepo() {
  const origin = mkdtempSync(join(scratch, "origin-"));
  execFileSync("git", ["init", "-q", "--bare", origin], { env: gitEnv });
  const repo = createFixture({ parent: scratch });
  const first = repo.commit("PAY-1 api 1.0.0", {
    "gitops.yaml": "version: 1\nenvironments:\n  qa: {}\n",
    "services/api.yaml": "service: api\nversion: 1.0.0\n",
  });
  const second = repo.commit("PAY-2 api 1.1.0", { "services/api.yaml": "service: api\nversion: 1.1.0\n" });
  repo.git("remote", "add", "origin", origin);
  repo.git("push", "-q", "origin", "qa");
  return { repo, origin, first, second };
}

function releaseOf(after: string, outcome: ReleaseRecord["outcome"] = "succeeded"): ReleaseRecord {
  return {
    id: `${after.slice(0, 12)}-x`,
    outcome,
    after,
    pusher: "carol",
    tickets: ["PAY-2"],
    startedAt: "2026-12-04T10:00:00.000Z",
    finishedAt: "2026-12-04T10:00:05.000Z",
    services: [{ service: "api", outcome: "deployed", version: "1.1.0" }],
  };
}

describe("the git record store", () => {
  it("has nothing to read before the first release, then a tree of what runs that git can diff", async () => {
    const { repo, first, second } = deployRepo();
    const git = openGit(repo.dir);
    const store = gitRecordStore(git, { now: () => new Date("2026-12-04T10:00:05Z") });
    expect(await store.read("qa")).toBeUndefined();

    const ids = await git.fileIds(first, "services");
    const config = (await git.fileIds(second, "")).get("gitops.yaml")!;
    const next = await updateRecord(store, "qa", (current) => {
      expect(current).toBeUndefined();
      const start = baseline(
        "qa",
        [
          {
            service: "api",
            file: "services/api.yaml",
            ref: { version: "1.0.0", commit: first, blob: ids.get("services/api.yaml")! },
          },
        ],
        "2026-12-04T09:00:00.000Z",
      );
      return applyRelease(start, {
        release: releaseOf(second),
        allowed: true,
        configBlob: config,
        services: [
          {
            service: "api",
            file: "services/api.yaml",
            outcome: "deployed",
            pushed: {
              version: "1.1.0",
              commit: second,
              blob: repo.git("rev-parse", `${second}:services/api.yaml`),
            },
          },
        ],
      });
    });
    const read = await store.read("qa");
    expect(read?.state).toEqual(next.state);
    expect(read?.files).toEqual(next.files);
    // The record's commit is a tree like the branch's: nothing differs from what was deployed.
    expect(repo.git("diff", "--name-only", read!.commit, second, "--", "services", CONFIG_PATH)).toBe("");
    expect(JSON.parse(repo.git("show", `${read!.commit}:${STATE_PATH}`))).toEqual(next.state);
    // Its second parent keeps the released commit reachable; the message says what happened.
    expect(repo.git("log", "-1", "--format=%P%n%an%n%s", read!.commit)).toBe(
      `${second}\ngitops\nqa: succeeded, api 1.1.0 deployed`,
    );
    // And origin has it, for every other clone.
    const other = join(scratch, "other-clone");
    execFileSync("git", ["clone", "-q", repo.git("remote", "get-url", "origin"), other], { env: gitEnv });
    const fromOther = await gitRecordStore(openGit(other)).read("qa");
    expect(fromOther?.state).toEqual(next.state);
    expect(fromOther?.version).toBe(read?.version);
  });

  it("refuses a write over a record that moved on, and updateRecord tries again on the new one", async () => {
    const { repo, second } = deployRepo();
    const git = openGit(repo.dir);
    const store = gitRecordStore(git);
    const empty = {
      state: { schema: 1 as const, environment: "qa", services: {} },
      files: new Map<string, string>(),
    };
    expect(
      await store.write(
        "qa",
        applyRelease(empty, { release: releaseOf(second, "denied"), allowed: false, services: [] }),
        undefined,
      ),
    ).toBe(true);
    // A second writer that read nothing (or something older) loses.
    expect(
      await store.write(
        "qa",
        applyRelease(empty, { release: releaseOf(second, "skipped"), allowed: false, services: [] }),
        undefined,
      ),
    ).toBe(false);

    let calls = 0;
    const racer = gitRecordStore(openGit(repo.dir));
    await updateRecord(store, "qa", async (current) => {
      calls++;
      if (calls === 1) {
        // Someone else records a release between our read and our write.
        await racer.write(
          "qa",
          applyRelease(current!, { release: releaseOf(second, "skipped"), allowed: false, services: [] }),
          current!.version,
        );
      }
      return applyRelease(current!, {
        release: releaseOf(second, "nothing-to-deploy"),
        allowed: false,
        services: [],
      });
    });
    expect(calls).toBe(2);
    expect((await store.history("qa")).map((r) => r.outcome)).toEqual([
      "nothing-to-deploy",
      "skipped",
      "denied",
    ]);
  });

  it("works without origin, on the local ref alone", async () => {
    const repo = createFixture({ parent: scratch });
    const sha = repo.commit("one", { "gitops.yaml": "version: 1\n" });
    const store = gitRecordStore(openGit(repo.dir));
    const empty = {
      state: { schema: 1 as const, environment: "qa", services: {} },
      files: new Map<string, string>(),
    };
    expect(
      await store.write(
        "qa",
        applyRelease(empty, { release: releaseOf(sha, "denied"), allowed: false, services: [] }),
        undefined,
      ),
    ).toBe(true);
    expect((await store.read("qa"))?.state.release?.outcome).toBe("denied");
  });

  it("says why when origin cannot take the record", async () => {
    const { repo, origin, second } = deployRepo();
    // A server-side hook that refuses every ref under refs/gitops: like a token without contents: write.
    const hook = join(origin, "hooks", "pre-receive");
    execFileSync("sh", [
      "-c",
      `printf '#!/bin/sh\\necho "refusing: no write access" >&2\\nexit 1\\n' > ${hook} && chmod +x ${hook}`,
    ]);
    const store = gitRecordStore(openGit(repo.dir));
    const empty = {
      state: { schema: 1 as const, environment: "qa", services: {} },
      files: new Map<string, string>(),
    };
    await expect(
      store.write(
        "qa",
        applyRelease(empty, { release: releaseOf(second, "denied"), allowed: false, services: [] }),
        undefined,
      ),
    ).rejects.toThrow(/push to origin refs\/gitops\/qa failed: .*refusing: no write access/);
  });

  it("refuses a record of another schema or another environment", async () => {
    const repo = createFixture({ parent: scratch });
    const sha = repo.commit("one", { "gitops.yaml": "version: 1\n" });
    const git = openGit(repo.dir);
    for (const [state, message] of [
      ['{"schema": 2, "environment": "qa", "services": {}}', /schema 2; this gitops reads schema 1/],
      ['{"schema": 1, "environment": "prod", "services": {}}', /says it is "prod"'s/],
      ["not json", /not JSON/],
    ] as const) {
      const tree = await git.writeTree(new Map([[STATE_PATH, await git.writeBlob(state)]]));
      const commit = await git.commitTree({ tree, parents: [sha], message: "forged" });
      repo.git("update-ref", "refs/gitops/qa", commit);
      await expect(gitRecordStore(git).read("qa")).rejects.toThrow(message);
    }
  });
});
