// hello: the example service the demo deploys. A small HTTP service with no dependencies.
//
// It reads its release manifest, release.json, from the directory it sits in:
//   { "version": "1.1.0", "settings": { "greeting": "hello", "currency": "EUR", "feePercent": 1.5 } }
// and listens on PORT at HOST (default 127.0.0.1).
//
//   GET /healthz                              200 {"status":"UP","version":"1.1.0"}
//   GET /api/v1/greeting?name=Ada             200 {"message":"hello, Ada","version":"1.1.0"}
//   GET /api/v1/quote?amount=10&currency=EUR  200 {"amount":10,"currency":"EUR","feePercent":1.5,"fee":0.15,"total":10.15}
//   anything else                             404 {"error":"not found","path":"/…"}
//
// A release whose settings are incomplete (a real mistake: a setting nobody configured) still
// starts, but reports itself DOWN: /healthz answers 503 {"status":"DOWN","reason":"…"} and the
// API answers 503, so a healthcheck fails for the right reason. SIGTERM or SIGINT: stop taking
// connections, finish the requests in flight, exit 0.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const manifestPath = join(here, "release.json");

function fail(message, code = 1) {
  process.stderr.write(`hello: ${message}\n`);
  process.exit(code);
}

/** The release manifest; a missing or unreadable one means there is nothing to run. */
function readManifest() {
  let text;
  try {
    text = readFileSync(manifestPath, "utf8");
  } catch (e) {
    fail(`cannot read ${manifestPath}: ${e.message}`);
  }
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (e) {
    fail(`${manifestPath} is not valid JSON: ${e.message}`);
  }
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
    fail(`${manifestPath} must hold a JSON object`);
  }
  if (typeof manifest.version !== "string" || manifest.version === "") {
    fail(`${manifestPath} has no "version"`);
  }
  return manifest;
}

/**
 * Why these settings cannot serve requests, or undefined when they can. A problem here does not
 * stop the process: the service runs and says it is DOWN, as a real one with a bad config would.
 */
function settingsProblem(settings) {
  if (settings === null || typeof settings !== "object" || Array.isArray(settings)) {
    return "settings are not configured";
  }
  if (settings.greeting === undefined) return "settings.greeting is not configured";
  if (typeof settings.greeting !== "string" || settings.greeting.trim() === "") {
    return "settings.greeting must be a non-empty string";
  }
  if (settings.currency === undefined) return "settings.currency is not configured";
  if (typeof settings.currency !== "string" || !/^[A-Z]{3}$/.test(settings.currency)) {
    return "settings.currency must be a three-letter currency code such as EUR";
  }
  const fee = settings.feePercent;
  if (fee !== undefined && (typeof fee !== "number" || !Number.isFinite(fee) || fee < 0 || fee > 100)) {
    return "settings.feePercent must be a number from 0 to 100";
  }
  return undefined;
}

const manifest = readManifest();
const version = manifest.version;
const settings = manifest.settings;
const problem = settingsProblem(settings);

const MAX_NAME = 100;
const MAX_AMOUNT = 1_000_000_000;

function send(res, status, body, headers = {}) {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(res.req.method === "HEAD" ? undefined : text);
}

function health(_url, res) {
  if (problem) return send(res, 503, { status: "DOWN", version, reason: problem });
  send(res, 200, { status: "UP", version });
}

function greeting(url, res) {
  const name = url.searchParams.get("name") ?? "world";
  if (name.trim() === "" || name.length > MAX_NAME) {
    return send(res, 400, { error: `name must be 1 to ${MAX_NAME} characters` });
  }
  send(res, 200, { message: `${settings.greeting}, ${name}`, version });
}

function quote(url, res) {
  const rawAmount = url.searchParams.get("amount");
  // Amounts in plain decimal notation with at most two decimals: 10, 10.5, 199.99.
  if (rawAmount === null || !/^[0-9]{1,10}(\.[0-9]{1,2})?$/.test(rawAmount)) {
    return send(res, 400, {
      error: "amount must be a number with at most two decimals, such as 10 or 19.99",
    });
  }
  const amountCents = Math.round(Number(rawAmount) * 100);
  if (amountCents <= 0 || amountCents > MAX_AMOUNT * 100) {
    return send(res, 400, { error: `amount must be more than 0 and at most ${MAX_AMOUNT}` });
  }
  const currency = url.searchParams.get("currency") ?? settings.currency;
  if (currency !== settings.currency) {
    return send(res, 422, { error: `quotes are offered in ${settings.currency} only, not ${currency}` });
  }
  const feePercent = settings.feePercent ?? 0;
  // Whole cents throughout, so 10 at 1.5 % is 0.15 and not 0.15000000000000002.
  const feeCents = Math.round((amountCents * feePercent) / 100);
  send(res, 200, {
    amount: amountCents / 100,
    currency,
    feePercent,
    fee: feeCents / 100,
    total: (amountCents + feeCents) / 100,
  });
}

const routes = new Map([
  ["/healthz", { handler: health, api: false }],
  ["/api/v1/greeting", { handler: greeting, api: true }],
  ["/api/v1/quote", { handler: quote, api: true }],
]);

const server = createServer((req, res) => {
  let url;
  try {
    url = new URL(req.url ?? "/", "http://service.invalid");
  } catch {
    return send(res, 400, { error: "bad request target" });
  }
  res.on("finish", () => {
    process.stdout.write(`${req.method} ${url.pathname} ${res.statusCode}\n`);
  });
  const route = routes.get(url.pathname);
  if (route === undefined) {
    send(res, 404, { error: "not found", path: url.pathname });
  } else if (req.method !== "GET" && req.method !== "HEAD") {
    send(res, 405, { error: `${req.method} is not allowed here` }, { allow: "GET, HEAD" });
  } else if (route.api && problem) {
    send(res, 503, { error: "service unavailable", reason: problem });
  } else {
    route.handler(url, res);
  }
});

const host = process.env.HOST || "127.0.0.1";
const rawPort = process.env.PORT ?? "8080";
if (!/^[0-9]{1,5}$/.test(rawPort) || Number(rawPort) > 65535) {
  fail(`PORT must be a port number from 0 to 65535, not ${JSON.stringify(rawPort)}`, 2);
}

server.on("error", (e) => fail(`cannot listen on ${host}:${rawPort}: ${e.message}`));
server.listen(Number(rawPort), host, () => {
  const { port } = server.address();
  const state = problem ? `DOWN (${problem})` : "UP";
  process.stdout.write(`hello ${version} listening on http://${host}:${port}: ${state}\n`);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`hello ${version}: ${signal}, closing\n`);
  server.close(() => {
    process.stdout.write(`hello ${version}: stopped\n`);
    process.exit(0);
  });
  server.closeIdleConnections();
  // Requests still open after a few seconds are cut off: a stop must not hang a deploy.
  setTimeout(() => server.closeAllConnections(), 5000).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
