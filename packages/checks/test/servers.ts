// Real servers on 127.0.0.1 for the checks tests: each on an ephemeral port, each counting what it saw.
import { createHook } from "node:async_hooks";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createServer as createNetServer, type Server, type Socket } from "node:net";

export const HOST = "127.0.0.1";

export interface Served {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Running {
  port: number;
  /** http://127.0.0.1:port (https:// for TLS servers). */
  origin: string;
  url(path?: string): string;
  /** Every request, in the order they arrived. */
  requests: Served[];
  /** TCP connections accepted. */
  accepted: number;
  /** Requests being handled now, and the most at once. */
  inFlight: number;
  maxInFlight: number;
  /** Connections open now. */
  openConnections(): number;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, served: Served, server: Running) => void;

/** An HTTP (or, with `tls`, HTTPS) server; the handler sees the request with its body read. */
export async function serveHttp(
  handler: Handler,
  options: { tls?: { key: string; cert: string }; port?: number } = {},
): Promise<Running> {
  const server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert })
    : createServer();
  const running = track(server, options.tls ? "https" : "http");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    running.inFlight++;
    running.maxInFlight = Math.max(running.maxInFlight, running.inFlight);
    res.on("close", () => running.inFlight--);
    res.on("error", () => {}); // the client may go away mid-response; that is what some tests do
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const served: Served = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      running.requests.push(served);
      handler(req, res, served, running);
    });
  });
  await listen(server, options.port ?? 0);
  return finish(running, server);
}

/** Accepts connections and never says a word. */
export async function serveSilence(): Promise<Running> {
  const server = createNetServer();
  const running = track(server, "http");
  // Read and drop what arrives, so the server notices when the client hangs up.
  server.on("connection", (socket: Socket) => socket.resume());
  await listen(server, 0);
  return finish(running, server);
}

/** A port nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await listen(server, 0);
  const port = portOf(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs `cond` once per event-loop turn (no timers) until it holds or `turns` run out. */
export async function eventually(cond: () => boolean, turns = 20_000): Promise<boolean> {
  for (let i = 0; i < turns; i++) {
    if (cond()) return true;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return cond();
}

/**
 * The sockets and timers alive once the connections of earlier tests have finished closing: the baseline to
 * compare with after a run that must leave nothing behind.
 */
export async function quietBaseline(): Promise<Record<string, number>> {
  await eventually(() => !Object.keys(socketsAndTimers()).some((kind) => kind !== "Timeout"));
  return socketsAndTimers();
}

/**
 * Watches the timers and sockets created from now on. `alive()` waits (up to `withinMs`, by event-loop turns)
 * for all of them to be gone and returns those that are not, by kind. Unlike counting active resources, this
 * cannot be fooled by a timer of the test runner's expiring while one of ours stays.
 */
export function watchResources(kinds: string[] = ["Timeout", "TCPWRAP", "TLSWRAP"]) {
  const alive = new Map<number, string>();
  const hook = createHook({
    init(id, type) {
      if (kinds.includes(type)) alive.set(id, type);
    },
    destroy(id) {
      alive.delete(id);
    },
  }).enable();
  return {
    async alive(withinMs = 1_000): Promise<Record<string, number>> {
      const until = Date.now() + withinMs;
      while (alive.size > 0 && Date.now() < until) await new Promise((resolve) => setImmediate(resolve));
      hook.disable();
      const counts: Record<string, number> = {};
      for (const kind of alive.values()) counts[kind] = (counts[kind] ?? 0) + 1;
      return counts;
    },
  };
}

/**
 * What is alive now beyond `before`, kind by kind ({} when nothing). Waits up to `withinMs` (by event-loop
 * turns, no timers of its own) for it to come down to `before`: the test runner keeps short timers of its own
 * that come and go, while a leaked socket or a leaked long timer stays.
 */
export async function leftBehind(
  before: Record<string, number>,
  withinMs = 1_000,
): Promise<Record<string, number>> {
  const until = Date.now() + withinMs;
  for (;;) {
    const extra: Record<string, number> = {};
    for (const [kind, n] of Object.entries(socketsAndTimers())) {
      if (n > (before[kind] ?? 0)) extra[kind] = n - (before[kind] ?? 0);
    }
    if (Object.keys(extra).length === 0 || Date.now() >= until) return extra;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Sockets and timers alive in this process, by kind (what a leak would leave behind). */
export function socketsAndTimers(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (kind === "Timeout" || kind.includes("TCPSocket") || kind.includes("TLS"))
      counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

function track(server: Server, scheme: string): Running & { sockets: Set<Socket> } {
  const sockets = new Set<Socket>();
  const running = {
    port: 0,
    origin: "",
    url(path = "/") {
      return `${running.origin}${path}`;
    },
    requests: [] as Served[],
    accepted: 0,
    inFlight: 0,
    maxInFlight: 0,
    openConnections: () => sockets.size,
    close: async () => {},
    sockets,
    scheme,
  };
  server.on("connection", (socket: Socket) => {
    running.accepted++;
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  return running;
}

function finish(running: Running & { sockets: Set<Socket>; scheme?: string }, server: Server): Running {
  running.port = portOf(server);
  running.origin = `${running.scheme}://${HOST}:${running.port}`;
  running.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of running.sockets) socket.destroy();
      server.close(() => resolve());
    });
  return running;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server is not on a TCP port");
  return address.port;
}
