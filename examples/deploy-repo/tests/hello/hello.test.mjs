// The regression suite of hello, run by gitops against the deployed service (stage):
//
//   node --test --test-reporter=junit --test-reporter-destination=reports/hello/junit.xml \
//     tests/hello/hello.test.mjs
//
// gitops sets GITOPS_SERVICE_URL (http://domain:port) and GITOPS_VERSION (the version that
// should be answering). Plain node:test and fetch: nothing to install.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

const REQUEST_TIMEOUT_MS = 5000;

function url(path) {
  const base = process.env.GITOPS_SERVICE_URL;
  if (!base) throw new Error("GITOPS_SERVICE_URL is not set: run this suite through gitops, or set it");
  return new URL(path, base);
}

async function get(path, init = {}) {
  const res = await fetch(url(path), { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    assert.fail(
      `${init.method ?? "GET"} ${path} answered ${res.status} with a body that is not JSON: ${text}`,
    );
  }
  return { status: res.status, type: res.headers.get("content-type"), body };
}

/** Whole cents: 10.15 → 1015. */
const cents = (n) => Math.round(n * 100);

describe("hello", () => {
  test("reports itself UP at the version that was deployed", async () => {
    const { status, body } = await get("/healthz");
    assert.equal(status, 200, `healthz says ${JSON.stringify(body)}`);
    assert.equal(body.status, "UP");
    if (process.env.GITOPS_VERSION) assert.equal(body.version, process.env.GITOPS_VERSION);
  });

  test("greets by name, in JSON", async () => {
    const { status, type, body } = await get("/api/v1/greeting?name=Ada");
    assert.equal(status, 200);
    assert.match(type ?? "", /^application\/json/);
    assert.match(body.message, /, Ada$/);
  });

  test("keeps a name that needs URL encoding intact", async () => {
    const name = "Zoë & Ümit";
    const { status, body } = await get(`/api/v1/greeting?name=${encodeURIComponent(name)}`);
    assert.equal(status, 200);
    assert.ok(body.message.endsWith(`, ${name}`), body.message);
  });

  test("quotes an amount with its fee, to the cent", async () => {
    const { status, body } = await get("/api/v1/quote?amount=10&currency=EUR");
    assert.equal(status, 200);
    assert.equal(body.currency, "EUR");
    assert.equal(body.amount, 10);
    assert.equal(typeof body.feePercent, "number");
    assert.equal(cents(body.fee), Math.round((1000 * body.feePercent) / 100));
    assert.equal(cents(body.total), 1000 + cents(body.fee));
  });

  test("adds fee and amount without floating-point drift", async () => {
    const { status, body } = await get("/api/v1/quote?amount=199.99&currency=EUR");
    assert.equal(status, 200);
    assert.equal(body.amount, 199.99);
    assert.equal(cents(body.fee), Math.round((19999 * body.feePercent) / 100));
    assert.equal(cents(body.total), 19999 + cents(body.fee));
    // What a client prints is what it was charged: no 202.98999999999998.
    assert.match(String(body.total), /^[0-9]+(\.[0-9]{1,2})?$/);
  });

  test("refuses an amount that is not a number", async () => {
    for (const amount of ["ten", "-5", "0", "1e3", "10.001"]) {
      const { status, body } = await get(`/api/v1/quote?amount=${encodeURIComponent(amount)}&currency=EUR`);
      assert.equal(status, 400, `amount=${amount}`);
      assert.equal(typeof body.error, "string");
    }
  });

  test("refuses a currency it does not offer", async () => {
    const { status, body } = await get("/api/v1/quote?amount=10&currency=XTS");
    assert.equal(status, 422);
    assert.match(body.error, /XTS/);
  });

  test("answers an unknown route with a JSON 404, not a 500", async () => {
    const { status, body } = await get("/api/v1/does-not-exist");
    assert.equal(status, 404);
    assert.equal(body.error, "not found");
  });

  test("refuses methods it does not serve", async () => {
    const { status } = await get("/api/v1/quote?amount=10", { method: "DELETE" });
    assert.equal(status, 405);
  });
});
