// A local stand-in for Slack's incoming webhooks, served over real HTTP on 127.0.0.1 so
// @slack/webhook's IncomingWebhook posts to it unchanged. It answers the way Slack documents:
// 200 `ok` (text/html) on success, a plain-text error code and a 4xx/5xx status otherwise, and
// it checks Block Kit payloads against the documented limits. See README.md.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type SlackFault =
  | { status: 429; retryAfter?: number }
  | { status: 500 }
  | { status: 400; error: "invalid_payload" | "no_text" }
  | { status: 404; error: "channel_not_found" | "no_service" }
  | { status: 403; error: "action_prohibited" }
  | { status: 410; error: "channel_is_archived" };

export interface SlackPost {
  /** The channel the hook is bound to, e.g. "#payments-deploys". */
  channel: string;
  /** The hook's name (what `hook()` or `url()` was given). */
  hook: string;
  /** The parsed JSON payload (from a JSON body or a form's `payload=` field). */
  body: Record<string, unknown>;
  /** Lower-cased names. */
  headers: Record<string, string>;
  at: Date;
}

export interface SlackRequest {
  method: string;
  path: string;
  /** The channel of the hook the path names, when it names one. */
  channel?: string;
  headers: Record<string, string>;
  raw: string;
  status: number;
  /** The error code answered, "ok" on success. */
  answer: string;
  /** Why a payload was refused, for test failure messages: Slack itself says only invalid_payload. */
  reason?: string;
}

export interface SlackDouble {
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** The webhook URL for a hook name, registered or not (an unregistered one answers 404 no_service). */
  url(name: string): string;
  /** Registers a webhook bound to `channel` (named after it) and returns its URL. */
  hook(channel: string): string;
  /** Messages Slack would have shown, in order. */
  posts: SlackPost[];
  postsTo(channel: string): SlackPost[];
  /** Every request, answered or refused. */
  requests: SlackRequest[];
  /** The next `n` requests (to hooks bound to `match`, when given) get `fault` instead of a post. */
  failNext(n: number, fault: SlackFault, match?: string): void;
  /** The channel is archived: its hooks answer 410 channel_is_archived. */
  archive(channel: string): void;
  /** The channel is deleted: its hooks answer 404 channel_not_found. */
  deleteChannel(channel: string): void;
  /** The hook is removed from the app: 404 no_service. */
  revoke(name: string): void;
  close(): Promise<void>;
}

/** Block Kit and message limits, from docs.slack.dev/reference/block-kit. */
export const LIMITS = {
  blocks: 50,
  blockId: 255,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonUrl: 3000,
  buttonValue: 2000,
  actionId: 255,
  textObject: 3000,
  imageAltText: 2000,
  imageUrl: 3000,
  markdownText: 12_000,
} as const;

interface Hook {
  name: string;
  channel: string;
  revoked: boolean;
}

const key = (channel: string) => channel.trim().replace(/^#/, "").toLowerCase();

export async function startSlackDouble(): Promise<SlackDouble> {
  const salt = randomBytes(8).toString("hex");
  const hooksByPath = new Map<string, Hook>();
  const archived = new Set<string>();
  const deleted = new Set<string>();
  const posts: SlackPost[] = [];
  const requests: SlackRequest[] = [];
  const faults: { remaining: number; fault: SlackFault; match?: string }[] = [];
  let baseUrl = "";

  // Shaped like Slack's: /services/T…/B…/<24 characters>, stable per name within one double.
  function pathFor(name: string): string {
    const digest = createHash("sha256").update(`${salt}\u0000${name}`).digest("hex");
    return `/services/T0DOUBLE0/B${digest.slice(0, 10).toUpperCase()}/${digest.slice(10, 34)}`;
  }

  function takeFault(hook: Hook | undefined): SlackFault | undefined {
    const index = faults.findIndex(
      (f) => f.match === undefined || (hook && key(f.match) === key(hook.channel)),
    );
    const entry = faults[index];
    if (!entry) return undefined;
    if (--entry.remaining === 0) faults.splice(index, 1);
    return entry.fault;
  }

  function answer(method: string, path: string, headers: Record<string, string>, raw: string): Answer {
    const hook = hooksByPath.get(path);
    if (!hook || hook.revoked) return refuse(404, "no_service");
    if (method !== "POST") return { ...refuse(405, "invalid_method"), headers: { allow: "POST" } };
    const fault = takeFault(hook);
    if (fault) {
      if (fault.status === 429) {
        return { ...refuse(429, "rate_limited"), headers: { "retry-after": String(fault.retryAfter ?? 1) } };
      }
      return refuse(fault.status, fault.status === 500 ? "rollup_error" : fault.error);
    }
    if (deleted.has(key(hook.channel))) return refuse(404, "channel_not_found");
    if (archived.has(key(hook.channel))) return refuse(410, "channel_is_archived");
    const parsed = parsePayload(headers["content-type"] ?? "", raw);
    if (typeof parsed === "string") return refuse(400, "invalid_payload", parsed);
    const hasText = typeof parsed.text === "string" && parsed.text.trim() !== "";
    const hasBlocks = Array.isArray(parsed.blocks) && parsed.blocks.length > 0;
    const hasAttachments = Array.isArray(parsed.attachments) && parsed.attachments.length > 0;
    if (parsed.text !== undefined && typeof parsed.text !== "string") {
      return refuse(400, "invalid_payload", "text must be a string");
    }
    if (!hasText && !hasBlocks && !hasAttachments) return refuse(400, "no_text");
    if (parsed.blocks !== undefined) {
      const problem = checkBlocks(parsed.blocks);
      if (problem) return refuse(400, "invalid_payload", problem);
    }
    posts.push({ channel: hook.channel, hook: hook.name, body: parsed, headers, at: new Date() });
    return { status: 200, body: "ok" };
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const path = new URL(req.url ?? "/", "http://double.invalid").pathname;
    const raw = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(", ") : (value ?? ""),
      ]),
    );
    const reply = answer(method, path, headers, raw);
    const record: SlackRequest = { method, path, headers, raw, status: reply.status, answer: reply.body };
    const channel = hooksByPath.get(path)?.channel;
    if (channel !== undefined) record.channel = channel;
    if (reply.reason !== undefined) record.reason = reply.reason;
    requests.push(record);
    // Slack answers webhooks in text/html, success and error codes alike.
    res.writeHead(reply.status, {
      "content-type": "text/html",
      "content-length": String(Buffer.byteLength(reply.body)),
      ...reply.headers,
    });
    res.end(reply.body);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(`slack double failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    url: (name) => `${baseUrl}${pathFor(name)}`,
    hook: (channel) => {
      const path = pathFor(channel);
      hooksByPath.set(path, { name: channel, channel, revoked: false });
      return `${baseUrl}${path}`;
    },
    posts,
    postsTo: (channel) => posts.filter((p) => key(p.channel) === key(channel)),
    requests,
    failNext: (n, fault, match) => {
      if (!Number.isInteger(n) || n < 1) throw new Error(`failNext: n must be a positive integer, got ${n}`);
      faults.push(match === undefined ? { remaining: n, fault } : { remaining: n, fault, match });
    },
    archive: (channel) => void archived.add(key(channel)),
    deleteChannel: (channel) => void deleted.add(key(channel)),
    revoke: (name) => {
      const hook = hooksByPath.get(pathFor(name));
      if (hook) hook.revoked = true;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  reason?: string;
}

function refuse(status: number, code: string, reason?: string): Answer {
  return reason === undefined ? { status, body: code } : { status, body: code, reason };
}

/** The payload object, or why it cannot be one. JSON bodies, or a form with `payload=<json>`. */
function parsePayload(contentType: string, raw: string): Record<string, unknown> | string {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  let json = raw;
  if (type === "application/x-www-form-urlencoded") {
    const payload = new URLSearchParams(raw).get("payload");
    if (payload === null) return "form body without a payload field";
    json = payload;
  } else if (type !== "application/json") {
    return `unsupported content type "${contentType}"`;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return "body is not JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "payload is not a JSON object";
  return value as Record<string, unknown>;
}

// --- Block Kit --------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The first problem with `blocks`, or undefined when Slack would render them. */
export function checkBlocks(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return "blocks must be an array";
  if (blocks.length > LIMITS.blocks) return `${blocks.length} blocks; at most ${LIMITS.blocks}`;
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  for (const [i, block] of blocks.entries()) {
    const where = `blocks[${i}]`;
    if (!isObj(block)) return `${where} is not an object`;
    if (block.block_id !== undefined) {
      if (typeof block.block_id !== "string" || block.block_id.length > LIMITS.blockId) {
        return `${where}.block_id must be a string of at most ${LIMITS.blockId} characters`;
      }
      if (blockIds.has(block.block_id)) return `${where}.block_id "${block.block_id}" is not unique`;
      blockIds.add(block.block_id);
    }
    const problem = checkBlock(block, where, actionIds);
    if (problem) return problem;
  }
  return undefined;
}

function checkBlock(block: Obj, where: string, actionIds: Set<string>): string | undefined {
  switch (block.type) {
    case "header":
      return textObject(block.text, `${where}.text`, LIMITS.headerText, "plain_text");
    case "section": {
      if (block.text === undefined && block.fields === undefined) return `${where} needs text or fields`;
      if (block.text !== undefined) {
        const problem = textObject(block.text, `${where}.text`, LIMITS.sectionText);
        if (problem) return problem;
      }
      if (block.fields !== undefined) {
        if (!Array.isArray(block.fields) || block.fields.length === 0)
          return `${where}.fields must be a non-empty array`;
        if (block.fields.length > LIMITS.fields)
          return `${where}.fields has ${block.fields.length} items; at most ${LIMITS.fields}`;
        for (const [j, f] of block.fields.entries()) {
          const problem = textObject(f, `${where}.fields[${j}]`, LIMITS.fieldText);
          if (problem) return problem;
        }
      }
      if (block.accessory !== undefined) return element(block.accessory, `${where}.accessory`, actionIds);
      return undefined;
    }
    case "context": {
      if (!Array.isArray(block.elements) || block.elements.length === 0)
        return `${where}.elements must be a non-empty array`;
      if (block.elements.length > LIMITS.contextElements) {
        return `${where}.elements has ${block.elements.length} items; at most ${LIMITS.contextElements}`;
      }
      for (const [j, e] of block.elements.entries()) {
        const at = `${where}.elements[${j}]`;
        const problem = isObj(e) && e.type === "image" ? image(e, at) : textObject(e, at, LIMITS.textObject);
        if (problem) return problem;
      }
      return undefined;
    }
    case "actions": {
      if (!Array.isArray(block.elements) || block.elements.length === 0)
        return `${where}.elements must be a non-empty array`;
      if (block.elements.length > LIMITS.actionsElements) {
        return `${where}.elements has ${block.elements.length} items; at most ${LIMITS.actionsElements}`;
      }
      for (const [j, e] of block.elements.entries()) {
        const problem = element(e, `${where}.elements[${j}]`, actionIds);
        if (problem) return problem;
      }
      return undefined;
    }
    case "divider":
      return undefined;
    case "image":
      return image(block, where);
    case "markdown":
      return typeof block.text === "string" &&
        block.text.length > 0 &&
        block.text.length <= LIMITS.markdownText
        ? undefined
        : `${where}.text must be 1 to ${LIMITS.markdownText} characters`;
    case "rich_text":
      return Array.isArray(block.elements) ? undefined : `${where}.elements must be an array`;
    default:
      return `${where}.type ${JSON.stringify(block.type)} is not a block type Slack knows`;
  }
}

function textObject(value: unknown, where: string, max: number, only?: "plain_text"): string | undefined {
  if (!isObj(value)) return `${where} must be a text object`;
  if (value.type !== "plain_text" && value.type !== "mrkdwn")
    return `${where}.type must be plain_text or mrkdwn`;
  if (only && value.type !== only) return `${where}.type must be ${only}`;
  if (typeof value.text !== "string" || value.text.length === 0)
    return `${where}.text must be a non-empty string`;
  if (value.text.length > max) return `${where}.text is ${value.text.length} characters; at most ${max}`;
  if (value.emoji !== undefined && (value.type !== "plain_text" || typeof value.emoji !== "boolean")) {
    return `${where}.emoji is only a boolean on plain_text`;
  }
  if (value.verbatim !== undefined && (value.type !== "mrkdwn" || typeof value.verbatim !== "boolean")) {
    return `${where}.verbatim is only a boolean on mrkdwn`;
  }
  return undefined;
}

function image(value: Obj, where: string): string | undefined {
  if (typeof value.image_url !== "string" || !/^https?:\/\//.test(value.image_url)) {
    return `${where}.image_url must be an http(s) URL`;
  }
  if (value.image_url.length > LIMITS.imageUrl) return `${where}.image_url is longer than ${LIMITS.imageUrl}`;
  if (typeof value.alt_text !== "string" || value.alt_text.length > LIMITS.imageAltText) {
    return `${where}.alt_text is required, at most ${LIMITS.imageAltText} characters`;
  }
  return undefined;
}

function element(value: unknown, where: string, actionIds: Set<string>): string | undefined {
  if (!isObj(value) || typeof value.type !== "string") return `${where} must be an element with a type`;
  if (value.action_id !== undefined) {
    if (typeof value.action_id !== "string" || value.action_id.length > LIMITS.actionId) {
      return `${where}.action_id must be a string of at most ${LIMITS.actionId} characters`;
    }
    if (actionIds.has(value.action_id)) return `${where}.action_id "${value.action_id}" is not unique`;
    actionIds.add(value.action_id);
  }
  if (value.type === "image") return image(value, where);
  if (value.type !== "button") return undefined;
  const problem = textObject(value.text, `${where}.text`, LIMITS.buttonText, "plain_text");
  if (problem) return problem;
  if (value.url !== undefined) {
    if (typeof value.url !== "string" || value.url.length > LIMITS.buttonUrl) {
      return `${where}.url must be a string of at most ${LIMITS.buttonUrl} characters`;
    }
    if (!/^https?:\/\//i.test(value.url)) return `${where}.url must be an http(s) URL`;
  }
  if (
    value.value !== undefined &&
    (typeof value.value !== "string" || value.value.length > LIMITS.buttonValue)
  ) {
    return `${where}.value must be a string of at most ${LIMITS.buttonValue} characters`;
  }
  if (value.style !== undefined && value.style !== "primary" && value.style !== "danger") {
    return `${where}.style must be primary or danger`;
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
