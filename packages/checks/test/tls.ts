// A throwaway CA and a leaf certificate for 127.0.0.1 and localhost, made with the openssl CLI.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Certificates {
  /** The CA certificate (PEM) and where it is. */
  ca: string;
  caFile: string;
  /** The leaf's key and certificate (PEM), for the server. */
  key: string;
  cert: string;
}

export async function makeCertificates(dir: string): Promise<Certificates> {
  const openssl = async (args: string[]) => {
    try {
      await run("openssl", args, { cwd: dir });
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { stderr?: string };
      if (e.code === "ENOENT")
        throw new Error("openssl is not installed: the TLS tests make their CA with it");
      throw new Error(`openssl ${args.join(" ")} failed: ${e.stderr ?? e.message}`);
    }
  };
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl([
    "req",
    "-x509",
    ...ec,
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "2",
    "-subj",
    "/CN=gitops checks test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  await openssl(["req", "-new", ...ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=localhost"]);
  await writeFile(
    join(dir, "leaf.ext"),
    [
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "basicConstraints=critical,CA:FALSE",
      "keyUsage=critical,digitalSignature",
      "extendedKeyUsage=serverAuth",
      "",
    ].join("\n"),
  );
  await openssl([
    "x509",
    "-req",
    "-in",
    "leaf.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-set_serial",
    "2",
    "-days",
    "2",
    "-out",
    "leaf.pem",
    "-extfile",
    "leaf.ext",
  ]);
  const read = (file: string) => readFile(join(dir, file), "utf8");
  return {
    ca: await read("ca.pem"),
    caFile: join(dir, "ca.pem"),
    key: await read("leaf.key"),
    cert: await read("leaf.pem"),
  };
}
