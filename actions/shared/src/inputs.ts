// Reading action inputs into typed values: one function per kind of value, each failing with the
// input's name and what it got, so a misconfigured step says exactly which line to fix.
import { resolve } from "node:path";
import * as core from "@actions/core";
import { parseDuration } from "@gitops/model";

/** The input, or undefined when it is empty (an unset input reads as ""). */
export function optionalInput(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

export function requiredInput(name: string): string {
  return core.getInput(name, { required: true });
}

/** A secret input, masked in the log the moment it is read. */
export function secretInput(name: string): string {
  const value = core.getInput(name);
  if (value) core.setSecret(value);
  return value;
}

export function booleanInput(name: string): boolean {
  return core.getBooleanInput(name);
}

/** Where the workflow's checkout lives: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
export function workspaceRoot(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}

/** A directory input (default "path") resolved against the workspace. */
export function workspacePath(name = "path"): string {
  return resolve(workspaceRoot(), core.getInput(name) || ".");
}

export function integerInput(name: string): number | undefined {
  const raw = optionalInput(name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number; got "${raw}"`);
  return Number(raw);
}

export function portInput(name: string): number | undefined {
  const port = integerInput(name);
  if (port !== undefined && (port < 1 || port > 65535))
    throw new Error(`${name} must be a port from 1 to 65535; got ${port}`);
  return port;
}

/** A duration such as `30s` or `1m30s`, in milliseconds. */
export function durationInput(name: string): number | undefined {
  const raw = optionalInput(name);
  if (raw === undefined) return undefined;
  const parsed = parseDuration(raw);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return parsed.value;
}

export function oneOfInput<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
  const value = core.getInput(name) || fallback;
  if (value === undefined || !allowed.includes(value as T))
    throw new Error(`${name} must be one of ${allowed.join(", ")}; got "${value ?? ""}"`);
  return value as T;
}

/** Which service the check actions check, where: `service`, `environment`, and an optional `host`/`port`. */
export interface CheckTarget {
  repoDir: string;
  service: string;
  environment: string;
  host?: string;
  port?: number;
}

export function checkTargetInputs(): CheckTarget {
  const host = optionalInput("host");
  const port = portInput("port");
  return {
    repoDir: workspacePath(),
    service: requiredInput("service"),
    environment: requiredInput("environment"),
    ...(host ? { host } : {}),
    ...(port !== undefined ? { port } : {}),
  };
}
