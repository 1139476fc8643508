// A real nginx for the checks tests: its own prefix, config, logs and pid file in a temp directory, listening
// on 127.0.0.1 at a free port, in the foreground as our child so we can stop it.
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { closedPort, HOST } from "./servers.ts";

/** The Debian package that provides it (what CI installs). */
export const NGINX_PACKAGE = "nginx";

export interface Nginx {
  port: number;
  origin: string;
  /** Its temp directory: nginx.conf, error.log, access.log, nginx.pid. */
  prefix: string;
  pid: number;
  /** SIGQUIT (graceful), then SIGKILL if it is still there after `graceMs`; removes the temp directory. */
  stop(graceMs?: number): Promise<void>;
}

/** The nginx binary: $NGINX, else on PATH, else in the sbin directories PATH often lacks. Throws if none. */
export function findNginx(): string {
  const candidates = [
    ...new Set([
      ...(process.env.NGINX ? [process.env.NGINX] : []),
      ...(process.env.PATH ?? "")
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, "nginx")),
      "/usr/sbin/nginx",
      "/usr/local/sbin/nginx",
      "/usr/local/nginx/sbin/nginx",
    ]),
  ];
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  throw new Error(
    `nginx is not installed, and the checks tests run a real one: install the Debian package "${NGINX_PACKAGE}" ` +
      `(apt-get install -y ${NGINX_PACKAGE}) or set NGINX to the binary. Looked in: ${candidates.join(", ")}`,
  );
}

/** A location answering /health with {"status":"UP"} as JSON (default_type, not add_header: with `return`, add_header Content-Type would send a second Content-Type after text/plain, and Node keeps the first). */
export const HEALTH_LOCATION = `location = /health {
      default_type application/json;
      return 200 '{"status":"UP"}';
    }`;

export async function startNginx(
  options: { locations?: string[]; readyWithinMs?: number } = {},
): Promise<Nginx> {
  const binary = findNginx();
  const prefix = mkdtempSync(join(tmpdir(), "gitops-nginx-"));
  const port = await closedPort();
  const locations = options.locations ?? [HEALTH_LOCATION];
  const conf = join(prefix, "nginx.conf");
  const errorLog = join(prefix, "error.log");
  writeFileSync(
    conf,
    `worker_processes 1;
error_log ${errorLog} info;
events { worker_connections 64; }
http {
  access_log ${join(prefix, "access.log")};
  client_body_temp_path ${join(prefix, "client_body")};
  proxy_temp_path ${join(prefix, "proxy")};
  fastcgi_temp_path ${join(prefix, "fastcgi")};
  uwsgi_temp_path ${join(prefix, "uwsgi")};
  scgi_temp_path ${join(prefix, "scgi")};
  server {
    listen ${HOST}:${port};
    server_name localhost;
    ${locations.join("\n    ")}
    # Nothing is served from disk: anything else is a plain 404.
    location / { return 404; }
  }
}
`,
  );
  const child = spawn(
    binary,
    ["-p", prefix, "-c", conf, "-e", errorLog, "-g", `daemon off; pid ${join(prefix, "nginx.pid")};`],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("error", (err) => (output += `\n${err.message}`));

  const stop = async (graceMs = 5_000) => {
    await terminate(child, exited, graceMs);
    rmSync(prefix, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.readyWithinMs ?? 10_000);
  while (!(await accepts(port))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      const log = readIfThere(errorLog);
      await stop();
      throw new Error(
        `nginx did not start on ${HOST}:${port} (${child.exitCode !== null ? `exit ${child.exitCode}` : "not accepting"}):\n${output}\n${log}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (child.pid === undefined) throw new Error("nginx has no pid");
  return { port, origin: `http://${HOST}:${port}`, prefix, pid: child.pid, stop };
}

async function terminate(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGQUIT");
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), graceMs);
  });
  const outcome = await Promise.race([exited, late]);
  clearTimeout(timer);
  if (outcome === "late") {
    child.kill("SIGKILL");
    await exited;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function readIfThere(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
