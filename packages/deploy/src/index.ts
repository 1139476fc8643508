export {
  type CommandDriverOptions,
  commandDriver,
  DEPLOY_ENV,
  WITHHELD_ENV,
  WITHHELD_ENV_PREFIX,
} from "./command.ts";
export { DeployError, type DeployRequest, type DeployResult, type Driver } from "./driver.ts";
export { createDriver, type DriverOptions } from "./registry.ts";
