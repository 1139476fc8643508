// The notify action's inputs and the push event as one typed settings object.
import {
  channelInputs,
  optionalInput,
  type Push,
  readPush,
  requiredInput,
  workspacePath,
} from "@gitops/action-shared";
import type { ReleaseEvent } from "@gitops/notify";
import type { ChannelSecrets } from "@gitops/pipeline";
import { parseReleaseEvent, parseTickets } from "@gitops/pipeline";

export interface Settings {
  event: ReleaseEvent;
  service: string;
  environment: string;
  workdir: string;
  push: Push;
  /** The release action's result output or `toJSON(steps)`; "" when not given. */
  reported: string;
  tickets?: string[];
  channels: ChannelSecrets;
}

export function readSettings(): Settings {
  const tickets = optionalInput("tickets");
  return {
    event: parseReleaseEvent(requiredInput("event")),
    service: requiredInput("service"),
    environment: requiredInput("environment"),
    workdir: workspacePath(),
    push: readPush(),
    reported: optionalInput("result") ?? "",
    ...(tickets ? { tickets: parseTickets(tickets) } : {}),
    channels: channelInputs(),
  };
}
