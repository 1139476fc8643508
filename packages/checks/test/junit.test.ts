import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { failureAnnotations } from "../src/annotations.ts";
import {
  JUnitParseError,
  type JUnitReport,
  MAX_JUNIT_BYTES,
  MAX_JUNIT_DEPTH,
  mergeReports,
  parseJUnit,
} from "../src/junit.ts";
import { decodeReportBytes } from "../src/junit-bytes.ts";
import { MAX_COMPLAINTS } from "../src/xml.ts";

const fixtures = join(import.meta.dirname, "fixtures", "junit");
const sample = (name: string): Promise<JUnitReport> =>
  parseJUnit(readFileSync(join(fixtures, name), "utf8"), name);
const totals = (r: JUnitReport) => ({
  tests: r.tests,
  failures: r.failures,
  errors: r.errors,
  skipped: r.skipped,
});

/** Parses, and says which of the two allowed outcomes happened. */
async function outcome(xml: string): Promise<{ report?: JUnitReport; error?: JUnitParseError }> {
  try {
    return { report: await parseJUnit(xml, "hostile.xml") };
  } catch (e) {
    if (e instanceof JUnitParseError) return { error: e };
    throw e;
  }
}

describe("parseJUnit on the reports real tools write", () => {
  it("pytest (xunit1): file, 0-based line made 1-based, failure, error, skip, entities", async () => {
    const r = await sample("pytest-xunit1.xml");
    expect(totals(r)).toEqual({ tests: 5, failures: 1, errors: 1, skipped: 1 });
    expect(r.timeSec).toBe(0.183);
    const failed = r.cases.find((c) => c.status === "failed")!;
    expect(failed).toMatchObject({
      suite: "pytest",
      classname: "tests.test_api",
      name: "test_create_order",
      file: "tests/test_api.py",
      line: 20,
      timeSec: 0.12,
      message: "AssertionError: assert 500 == 201\n +  where 500 = <Response [500]>.status_code",
    });
    expect(failed.details).toContain(">       assert r.status_code == 201");
    expect(failed.details).toContain("client = <FlaskClient <Flask 'orders'>>");
    expect(failed.details?.endsWith("tests/test_api.py:23: AssertionError")).toBe(true);
    expect(r.cases.find((c) => c.status === "skipped")).toMatchObject({
      name: "test_slow",
      message: "needs staging data",
    });
    expect(r.cases.find((c) => c.status === "error")).toMatchObject({
      name: "test_migrations",
      line: 4,
      message: 'failed on setup with "ConnectionRefusedError: [Errno 111] Connection refused"',
    });
    expect(r.cases.map((c) => c.name)).toContain("test_param[a-1]");
  });

  it("pytest (xunit2): no file or line; system-out and properties are not test output", async () => {
    const r = await sample("pytest-xunit2.xml");
    expect(totals(r)).toEqual({ tests: 2, failures: 1, errors: 0, skipped: 0 });
    const failed = r.cases[1]!;
    expect(failed.file).toBeUndefined();
    expect(failed.line).toBeUndefined();
    expect(failed.message).toBe("assert 'Welcome' in '<html>Error</html>'");
    expect(failed.details).not.toContain("WARNING");
    expect(r.cases[0]!.details).toBeUndefined();
  });

  it("jest-junit: a failure with no message attribute takes its first line", async () => {
    const r = await sample("jest-junit.xml");
    expect(totals(r)).toEqual({ tests: 4, failures: 1, errors: 0, skipped: 1 });
    expect(r.cases.map((c) => c.suite)).toEqual(["orders API", "orders API", "orders API", "health"]);
    const failed = r.cases[0]!;
    expect(failed.message).toBe("Error: expect(received).toBe(expected) // Object.is equality");
    expect(failed.file).toBe("e2e/orders.test.js");
    expect(failed.details).toContain("Received: 500");
  });

  it("maven surefire: namespaced attributes, CDATA, comma thousands in times, flaky reruns pass", async () => {
    const r = await sample("surefire.xml");
    // The suite says tests="4"; there are five cases, and the cases are what counts.
    expect(totals(r)).toEqual({ tests: 5, failures: 1, errors: 1, skipped: 1 });
    const byName = Object.fromEntries(r.cases.map((c) => [c.name, c]));
    expect(byName.createsOrder).toMatchObject({
      suite: "com.example.orders.OrdersIT",
      classname: "com.example.orders.OrdersIT",
      status: "failed",
      message: "expected: <201> but was: <500>",
    });
    expect(byName.createsOrder!.details).toContain(
      "at com.example.orders.OrdersIT.createsOrder(OrdersIT.java:42)",
    );
    expect(byName.createsOrder!.details).not.toContain("POST /orders");
    expect(byName.listsOrders!.timeSec).toBe(1001.5);
    expect(byName.cancelsOrder).toMatchObject({ status: "error", message: "Connection refused" });
    expect(byName.refundsOrder).toMatchObject({ status: "skipped", message: "@Disabled until refunds ship" });
    expect(byName.flakyPayment!.status).toBe("passed");
  });

  it("go-junit-report: packages as suites, hex character references, a build failure", async () => {
    const r = await sample("go-junit-report.xml");
    expect(totals(r)).toEqual({ tests: 4, failures: 1, errors: 1, skipped: 1 });
    const failed = r.cases.find((c) => c.name === "TestCreateOrder")!;
    expect(failed).toMatchObject({ suite: "example.com/orders/e2e", status: "failed", message: "Failed" });
    expect(failed.details).toBe("orders_test.go:31: POST /orders: got 500, want 201");
    expect(r.cases.find((c) => c.name === "TestRefund")!.message).toBe(
      "orders_test.go:40: refunds disabled in staging",
    );
    expect(r.cases.find((c) => c.name === "[build failed]")).toMatchObject({
      status: "error",
      message: "Build error",
    });
  });

  it("vitest: the classname is the file, > in names, text around the failure trimmed", async () => {
    const r = await sample("vitest.xml");
    expect(totals(r)).toEqual({ tests: 3, failures: 1, errors: 0, skipped: 1 });
    const failed = r.cases[0]!;
    expect(failed.name).toBe("checkout > applies a coupon");
    expect(failed.message).toBe("expected 90 to be 80 // Object.is equality");
    expect(failed.details?.startsWith("AssertionError: expected 90 to be 80")).toBe(true);
    expect(failed.details?.endsWith("❯ e2e/checkout.test.ts:17:27")).toBe(true);
  });
});

describe("parseJUnit on XML details", () => {
  it("reads a bare <testsuite>, a BOM, comments, processing instructions and single quotes", async () => {
    const r = await parseJUnit(
      "\uFEFF<?xml version='1.0'?>\n<!-- written by hand -->\n<?pi data?>" +
        "<testsuite name='s'><!-- a <testcase> in a comment does not count -->" +
        "<testcase name='a &amp; b' classname=\"c\" time='1.5'/></testsuite>\n<!-- trailer -->\n",
    );
    expect(r).toEqual({
      tests: 1,
      failures: 0,
      errors: 0,
      skipped: 0,
      timeSec: 1.5,
      cases: [{ suite: "s", classname: "c", name: "a & b", status: "passed", timeSec: 1.5 }],
    });
  });

  it("decodes character references and keeps unknown entities and bare ampersands as written", async () => {
    const r = await parseJUnit(
      `<testsuite name="s"><testcase name="&#65;&#x42;&#X43; &#128512; &lt;&gt;&quot;&apos;"><failure message="a&#10;b&#9;c">x &nbsp; y & z &#0; &#xD800; &#1114112;</failure></testcase></testsuite>`,
    );
    const c = r.cases[0]!;
    expect(c.name).toBe(`ABC 😀 <>"'`);
    expect(c.message).toBe("a\nb\tc");
    expect(c.details).toBe("x &nbsp; y & z \uFFFD \uFFFD \uFFFD");
  });

  it("a bare & does not take the markup after it for an entity name, and positions count the report as written", async () => {
    const r = await parseJUnit(
      '<testsuite><testcase name="AT&T"><failure>R&D broke</failure></testcase><testcase name="x &amp; y;"/></testsuite>',
    );
    expect(r.cases.map((c) => [c.name, c.status, c.details])).toEqual([
      ["AT&T", "failed", "R&D broke"],
      ["x & y;", "passed", undefined],
    ]);
    const { error } = await outcome('<testsuite name="a&b&c &#0;"></testcase>');
    expect(error).toMatchObject({ reason: "</testcase> does not close <testsuite>", line: 1, column: 30 });
  });

  it("a lone surrogate reads as U+FFFD", async () => {
    const r = await parseJUnit(
      '<testsuite><testcase name="a\uD800b"><failure>\uDC00</failure></testcase></testsuite>',
    );
    expect(r.cases[0]).toMatchObject({ name: "a\uFFFDb", details: "\uFFFD" });
    expect((await outcome("<?pi \uD800")).error?.reason).toMatch(/^unexpected end of the report/);
  });

  it("normalises literal newlines and tabs in attributes to spaces, and CRLF in text", async () => {
    const r = await parseJUnit(
      '<testsuite name="s"><testcase name="multi\nline\tname"><failure>one\r\ntwo\rthree</failure></testcase></testsuite>',
    );
    expect(r.cases[0]!.name).toBe("multi line name");
    expect(r.cases[0]!.details).toBe("one\ntwo\nthree");
  });

  it("keeps the text of a failure split across CDATA and markup", async () => {
    const r = await parseJUnit(
      '<testsuite><testcase name="t"><failure>before <![CDATA[<raw> & ]]]]><![CDATA[>]]><b>bold</b> after</failure></testcase></testsuite>',
    );
    expect(r.cases[0]!.details).toBe("before <raw> & ]]>bold after");
    expect(r.cases[0]!.suite).toBe("");
  });

  it("nested suites: the innermost suite names the case, and a file on a suite is the cases' file", async () => {
    const r = await parseJUnit(`<testsuites name="all">
      <testsuite name="Project Test Suite" tests="2">
        <testsuite name="Tests\\Unit\\OrderTest" file="/app/tests/Unit/OrderTest.php">
          <testcase name="testTotal" class="Tests\\Unit\\OrderTest" file="/app/tests/Unit/OrderTest.php" line="12"/>
          <testcase name="testTax"><failure type="PHPUnit\\Framework\\ExpectationFailedException">Failed asserting that 2 is 3.</failure></testcase>
        </testsuite>
      </testsuite>
      <testcase name="loose"/>
    </testsuites>`);
    expect(r.cases.map((c) => [c.suite, c.name, c.file, c.line])).toEqual([
      ["Tests\\Unit\\OrderTest", "testTotal", "/app/tests/Unit/OrderTest.php", 12],
      ["Tests\\Unit\\OrderTest", "testTax", "/app/tests/Unit/OrderTest.php", undefined],
      ["all", "loose", undefined, undefined],
    ]);
    expect(r.cases[0]!.classname).toBe("Tests\\Unit\\OrderTest");
    expect(r.cases[1]!.message).toBe("Failed asserting that 2 is 3.");
  });

  it("several top-level suites (concatenated reports) are all read", async () => {
    const r = await parseJUnit(
      '<testsuite name="a"><testcase name="1"/></testsuite><testsuite name="b"><testcase name="2"/></testsuite>',
    );
    expect(r.cases.map((c) => c.suite)).toEqual(["a", "b"]);
  });

  it("a case with both a failure and an error (pytest: the test failed, then its teardown) counts once, as failed", async () => {
    const r = await parseJUnit(
      '<testsuite name="pytest" failures="1" errors="1"><testcase name="t"><error message="teardown">td</error><failure message="assert 0">f</failure></testcase></testsuite>',
    );
    expect(totals(r)).toEqual({ tests: 1, failures: 1, errors: 0, skipped: 0 });
    expect(r.cases[0]).toMatchObject({ status: "failed", message: "assert 0", details: "f" });
  });

  it("a skipped case with a failure in it is failed", async () => {
    const r = await parseJUnit(
      '<testsuite><testcase name="t"><skipped/><failure message="boom"/></testcase></testsuite>',
    );
    expect(r.cases[0]!.status).toBe("failed");
  });

  it("a suite claiming failures its cases do not show gets an error case, so it cannot read as passing", async () => {
    const r = await parseJUnit(
      '<testsuites><testsuite name="e2e/orders.test.js" tests="0" failures="0" errors="1" file="e2e/orders.test.js"></testsuite><testsuite name="ok" failures="0"><testcase name="x"/></testsuite></testsuites>',
    );
    expect(totals(r)).toEqual({ tests: 2, failures: 0, errors: 1, skipped: 0 });
    expect(r.cases[0]).toMatchObject({
      suite: "e2e/orders.test.js",
      status: "error",
      file: "e2e/orders.test.js",
      message: "the suite reports 1 more failure or error than its test cases show",
    });
    // The parent's own count (the sum of its children's) adds nothing more.
    const nested = await parseJUnit(
      '<testsuites failures="2"><testsuite name="a" failures="2"><testcase name="x"><failure/></testcase></testsuite></testsuites>',
    );
    expect(totals(nested)).toEqual({ tests: 2, failures: 1, errors: 1, skipped: 0 });
  });

  it("a <failure> or <error> directly in a suite is a failing case of that suite", async () => {
    const r = await parseJUnit(
      '<testsuite name="setup" errors="1"><error message="beforeAll hook failed">stack</error><testcase name="x"/></testsuite>',
    );
    expect(totals(r)).toEqual({ tests: 2, failures: 0, errors: 1, skipped: 0 });
    expect(r.cases[0]).toMatchObject({
      suite: "setup",
      status: "error",
      message: "beforeAll hook failed",
      details: "stack",
    });
  });

  it("times: comma decimals, garbage and negatives are not times", async () => {
    const r = await parseJUnit(
      '<testsuite><testcase name="a" time="0,25"/><testcase name="b" time="NaN"/><testcase name="c" time="-1"/><testcase name="d" time="1e-3"/></testsuite>',
    );
    expect(r.cases.map((c) => c.timeSec)).toEqual([0.25, undefined, undefined, 0.001]);
    expect(r.timeSec).toBe(0.251);
  });

  it("mergeReports sums the cases", async () => {
    const merged = mergeReports([
      await sample("vitest.xml"),
      await sample("go-junit-report.xml"),
      await sample("jest-junit.xml"),
    ]);
    expect(totals(merged)).toEqual({ tests: 11, failures: 3, errors: 1, skipped: 3 });
    expect(merged.cases).toHaveLength(11);
    expect(mergeReports([])).toEqual({ tests: 0, failures: 0, errors: 0, skipped: 0, timeSec: 0, cases: [] });
  });
});

describe("parseJUnit refuses what it should", () => {
  it.each([
    ["a DOCTYPE", '<?xml version="1.0"?><!DOCTYPE testsuite [<!ENTITY x "y">]><testsuite/>', /DOCTYPE/],
    [
      "billion laughs",
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><testsuite name="&lol2;"/>',
      /DOCTYPE/,
    ],
    [
      "an external entity (XXE)",
      '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><testsuite name="&xxe;"/>',
      /DOCTYPE/,
    ],
    ["a stray ENTITY", '<testsuite><!ENTITY x "y"></testsuite>', /ENTITY/],
    ["an unfinished DOCTYPE", "<!DOCTYPE testsuite [", /refusing a DOCTYPE/],
    ["a lower-case doctype", "<!doctype testsuite><testsuite/>", /refusing a DOCTYPE/],
    ["an empty file", "", /not a JUnit report/],
    ["plain text", "Segmentation fault (core dumped)\n", /not a JUnit report/],
    ["HTML", "<html><body>502 Bad Gateway</body></html>", /root element is <html>/],
    ["a truncated report", '<testsuites><testsuite name="a"><testcase name="b">', /<testcase> is not closed/],
    ["a report cut inside a tag", '<testsuites><testsuite name="a"><testcase name="b', /not closed/],
    ["a report cut inside a comment", "<testsuites><!-- never ends", /comment is not closed/],
    ["a report cut inside a comment with -- in it", "<testsuites><!-- a -- b", /comment is not closed/],
    ["a report cut inside CDATA", "<testsuite><testcase><failure><![CDATA[at", /CDATA section is not closed/],
    [
      "mismatched tags",
      "<testsuite><testcase></testsuite></testcase>",
      /<\/testsuite> does not close <testcase>/,
    ],
    ["an end tag closing nothing", "<testsuite/></testsuite>", /closes nothing/],
    ["an unquoted attribute", "<testsuite name=x/>", /not quoted/],
    ["an attribute without a value", "<testsuite disabled/>", /has no value/],
    ["a tag without a name", "<testsuite>< testcase/></testsuite>", /no valid name/],
  ])("%s", async (_, xml, pattern) => {
    const { report, error } = await outcome(xml);
    expect(report).toBeUndefined();
    expect(error).toBeInstanceOf(JUnitParseError);
    expect(error!.code).toBe("E_JUNIT");
    expect(error!.file).toBe("hostile.xml");
    expect(error!.reason).toMatch(pattern);
    expect(error!.message).toMatch(/^hostile\.xml:\d+:\d+: /);
  });

  it.each(["pytest-xunit1.xml", "jest-junit.xml", "surefire.xml", "go-junit-report.xml", "vitest.xml"])(
    "every cut of %s is the whole report or a truncation error",
    async (name) => {
      const xml = readFileSync(join(fixtures, name), "utf8");
      const whole = totals(await parseJUnit(xml));
      for (let cut = 0; cut < xml.length; cut++) {
        const { report, error } = await outcome(xml.slice(0, cut));
        if (report !== undefined) {
          // Only once the root element is closed, with only whitespace left to lose.
          expect(xml.slice(cut).trim()).toBe("");
          expect(totals(report)).toEqual(whole);
        } else {
          expect(error!.reason).toMatch(
            /^unexpected end of the report|^no <testsuites> or <testsuite> element/,
          );
        }
      }
    },
  );

  it("names the line and column of the problem", async () => {
    const { error } = await outcome('<testsuite>\n  <testcase name="a">\n  </testsuite>');
    expect(error).toMatchObject({ line: 3, column: 3 });
    expect(error!.message).toBe("hostile.xml:3:3: </testsuite> does not close <testcase>");
  });

  it("refuses nesting deeper than the limit without overflowing the stack", async () => {
    const deep = 100_000;
    const { error } = await outcome(`<testsuite>${"<x>".repeat(deep)}${"</x>".repeat(deep)}</testsuite>`);
    expect(error?.reason).toBe(`elements nested deeper than ${MAX_JUNIT_DEPTH}`);
    // Just under the limit is fine.
    const ok = await outcome(
      `<testsuite>${"<x>".repeat(MAX_JUNIT_DEPTH - 1)}${"</x>".repeat(MAX_JUNIT_DEPTH - 1)}</testsuite>`,
    );
    expect(ok.report?.tests).toBe(0);
    // Deeply nested suites, each with a case.
    const suites = await outcome(
      `${'<testsuite name="s"><testcase name="c"/>'.repeat(200)}${"</testsuite>".repeat(200)}`,
    );
    expect(suites.report?.tests).toBe(200);
  });

  it("reads a huge attribute and a huge failure text, keeping a bounded amount", async () => {
    const huge = "A".repeat(5_000_000);
    const { report } = await outcome(
      `<testsuite name="${huge}"><testcase name="t"><failure message="${huge}">${huge}</failure></testcase></testsuite>`,
    );
    expect(report!.cases[0]!.suite).toHaveLength(huge.length);
    expect(report!.cases[0]!.message!.length).toBeLessThan(5000);
    expect(report!.cases[0]!.message!.endsWith("… (truncated)")).toBe(true);
    expect(report!.cases[0]!.details!.length).toBeLessThan(70_000);
  });

  it("an unclosed attribute quote over a huge input is an error, not a hang", async () => {
    const { error } = await outcome(`<testsuite name="${"x".repeat(2_000_000)}`);
    expect(error?.reason).toMatch(/attribute name of <testsuite> is not closed/);
  });

  it("many attributes and many cases", async () => {
    const attrs = Array.from({ length: 5000 }, (_, i) => `a${i}="${i}"`).join(" ");
    const cases = '<testcase name="t"><failure/></testcase>'.repeat(50_000);
    const { report } = await outcome(`<testsuite ${attrs}>${cases}</testsuite>`);
    expect(totals(report!)).toEqual({ tests: 50_000, failures: 50_000, errors: 0, skipped: 0 });
  });

  it("refuses a report with more repairs than MAX_COMPLAINTS, so a hostile one takes bounded time", async () => {
    const ampersands = "&".repeat(MAX_COMPLAINTS + 1);
    const { error } = await outcome(
      `<testsuite><testcase name="t"><failure>${ampersands}</failure></testcase></testsuite>`,
    );
    expect(error?.reason).toBe(`more than ${MAX_COMPLAINTS} XML errors: not read`);
    const { report } = await outcome(
      `<testsuite><testcase name="t"><failure>${ampersands.slice(1)}</failure></testcase></testsuite>`,
    );
    expect(report?.failures).toBe(1);
  });

  it("refuses input over the size limit", async () => {
    const { error } = await outcome(" ".repeat(MAX_JUNIT_BYTES + 1));
    expect(error?.reason).toMatch(/larger than 50 MiB/);
  });

  it("random bytes and random cuts of real reports: a report or a JUnitParseError, never anything else", async () => {
    const real = readFileSync(join(fixtures, "surefire.xml"), "utf8");
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = "<>/=\"'!?[]&;#x -CDATA testcase testsuite failure";
    for (let i = 0; i < 500; i++) {
      const cut = real.slice(0, Math.floor(rand() * real.length));
      const noise = Array.from({ length: 60 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
      for (const xml of [cut, noise, `<testsuite>${noise}</testsuite>`, cut + noise]) {
        const { report, error } = await outcome(xml);
        expect(report !== undefined || error !== undefined).toBe(true);
      }
    }
  });
});

describe("decodeReportBytes", () => {
  const xml = '<testsuite name="Überprüfung ✓"><testcase name="ß"/></testsuite>';
  it.each([
    ["UTF-8", Buffer.from(xml, "utf8")],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, "utf8")])],
    ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")])],
    ["UTF-16BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml, "utf16le").swap16()])],
  ])("%s", async (_, bytes) => {
    const r = await parseJUnit(decodeReportBytes(bytes));
    expect(r.cases[0]).toMatchObject({ suite: "Überprüfung ✓", name: "ß" });
  });

  it("ISO-8859-1 when the declaration says so", async () => {
    const latin = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><testsuite name="Überprüfung"><testcase name="ß"/></testsuite>',
      "latin1",
    );
    expect((await parseJUnit(decodeReportBytes(latin))).cases[0]).toMatchObject({
      suite: "Überprüfung",
      name: "ß",
    });
  });
});

describe("failureAnnotations", () => {
  it("pytest: the file, and the line where it failed (from the traceback) over where the test starts", async () => {
    const annotations = failureAnnotations(await sample("pytest-xunit1.xml"));
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatchObject({
      file: "tests/test_api.py",
      line: 23,
      title: "Test failed: tests.test_api › test_create_order",
    });
    expect(annotations[0]!.message).toMatch(/^AssertionError: assert 500 == 201\n/);
    expect(annotations[0]!.message).toContain("tests/test_api.py:23: AssertionError");
    // The traceback names another file (conftest.py): the test's own line it is.
    expect(annotations[1]).toMatchObject({
      file: "tests/test_db.py",
      line: 4,
      title: "Test error: tests.test_db › test_migrations",
    });
  });

  it("vitest: the classname is the file, the line comes from the stack", async () => {
    expect(failureAnnotations(await sample("vitest.xml"))).toEqual([
      {
        file: "e2e/checkout.test.ts",
        line: 17,
        title: "Test failed: e2e/checkout.test.ts › checkout > applies a coupon",
        message: expect.stringMatching(/^expected 90 to be 80 \/\/ Object\.is equality\n\nAssertionError/),
      },
    ]);
  });

  it("jest-junit: the line from an absolute path in the stack that ends with the file", async () => {
    const [a] = failureAnnotations(await sample("jest-junit.xml"));
    expect(a).toMatchObject({ file: "e2e/orders.test.js", line: 14 });
    expect(a!.title).toBe("Test failed: orders API creates an order");
  });

  it("surefire and go: no file to point at, still an annotation with the message", async () => {
    const surefire = failureAnnotations(await sample("surefire.xml"));
    expect(surefire.map((a) => [a.file, a.title])).toEqual([
      [undefined, "Test failed: com.example.orders.OrdersIT › createsOrder"],
      [undefined, "Test error: com.example.orders.OrdersIT › cancelsOrder"],
    ]);
    const go = failureAnnotations(await sample("go-junit-report.xml"));
    expect(go[0]).toEqual({
      title: "Test failed: example.com/orders/e2e › TestCreateOrder",
      message: "Failed\n\norders_test.go:31: POST /orders: got 500, want 201",
    });
  });

  it("absolute paths are made relative to the root, or left out when outside it", async () => {
    const report = await parseJUnit(
      '<testsuite><testcase name="in" file="/repo/e2e/a.test.ts" line="3"><failure/></testcase><testcase name="out" file="/elsewhere/b.ts" line="4"><failure message="m"/></testcase></testsuite>',
    );
    expect(failureAnnotations(report, { root: "/repo" })).toEqual([
      { file: "e2e/a.test.ts", line: 3, title: "Test failed: in", message: "failed" },
      { line: 4, title: "Test failed: out", message: "m" },
    ]);
    expect(failureAnnotations(report)[0]!.file).toBe("/repo/e2e/a.test.ts");
  });

  it("passing and skipped cases give none; long messages are cut", async () => {
    expect(failureAnnotations(await sample("pytest-xunit2.xml"))).toHaveLength(1);
    const long = await parseJUnit(
      `<testsuite><testcase name="t"><failure>${"y".repeat(20_000)}</failure></testcase></testsuite>`,
    );
    expect(failureAnnotations(long)[0]!.message.length).toBeLessThan(4200);
  });
});
