// The release action's inputs and the push event as one typed settings object.
import { booleanInput, channelInputs, type PushTarget, pushTargetInputs } from "@gitops/action-shared";
import type { ChannelSecrets } from "@gitops/pipeline";

export interface Settings extends PushTarget {
  dryRun: boolean;
  channels: ChannelSecrets;
}

export function readSettings(): Settings {
  return { ...pushTargetInputs(), dryRun: booleanInput("dry-run"), channels: channelInputs() };
}
