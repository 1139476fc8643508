// Which driver deploys to an environment, from the environment's `driver` config. A new driver
// (Docker, Kubernetes) is a file of its own exporting a factory, and a case here.
import type { DriverConfig } from "@gitops/model";
import { type CommandDriverOptions, commandDriver } from "./command.ts";
import { DeployError, type Driver } from "./driver.ts";

/** What the drivers may be given besides their config: the union of every driver's options. */
export type DriverOptions = CommandDriverOptions;

/** The driver `config.type` names, built from `config`; throws DeployError for a type it does not know. */
export function createDriver(config: DriverConfig, options: DriverOptions = {}): Driver {
  switch (config.type) {
    case "command":
      return commandDriver(config, options);
    default: {
      // Unreachable for a config the model validated; a config built in code may still get here.
      const type: unknown = (config as { type?: unknown }).type;
      throw new DeployError(`unknown deploy driver ${JSON.stringify(type)}; known: command`);
    }
  }
}
