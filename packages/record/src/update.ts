// Read, change, write, and again when another release wrote in between: the one way the record
// changes, so no two writers lose each other's work.
import { RecordError } from "./state.ts";
import type { RecordStore, Snapshot } from "./store.ts";
import type { Recorded } from "./transition.ts";

export async function updateRecord(
  store: RecordStore,
  environment: string,
  change: (current: Snapshot | undefined) => Recorded | Promise<Recorded>,
  attempts = 5,
): Promise<Recorded> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const current = await store.read(environment);
    const next = await change(current);
    if (await store.write(environment, next, current?.version)) return next;
  }
  throw new RecordError(
    `the ${store.name} record of ${environment} kept changing while gitops wrote it (${attempts} attempts)`,
  );
}
