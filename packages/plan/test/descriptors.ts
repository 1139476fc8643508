// Test helpers: descriptors and environments loaded through the real model, from YAML.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Config, type Descriptor, loadConfig, loadDescriptor } from "@gitops/model";

const example = join(new URL("../../..", import.meta.url).pathname, "examples/deploy-repo");

export function exampleText(file: string): string {
  return readFileSync(join(example, file), "utf8");
}

/** The example's descriptor `service`, with each [from, to] text replacement applied. */
export async function descriptor(service: string, ...edits: [string, string][]): Promise<Descriptor> {
  let text = exampleText(`services/${service}.yaml`);
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`services/${service}.yaml lacks ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  const loaded = await loadDescriptor(`services/${service}.yaml`, text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.value;
}

export async function config(...edits: [string, string][]): Promise<Config> {
  let text = exampleText("gitops.yaml");
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`gitops.yaml lacks ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  const loaded = await loadConfig(text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.value;
}

export async function environment(name: string, ...edits: [string, string][]) {
  const env = (await config(...edits)).environments.find((e) => e.name === name);
  if (!env) throw new Error(`no environment ${name}`);
  return env;
}
