// A PostgreSQL cluster of its own for the outage test, so that stopping it never disturbs the
// machine's main cluster (port 5432) that other tests use. Created with Debian's tools if missing.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

export const FAULT_CLUSTER = "compassfault";
export const FAULT_PORT = Number(process.env.FAULT_PG_PORT ?? 5439);
const version = () => process.env.FAULT_PG_VERSION ?? readdirSync("/etc/postgresql").sort().at(-1)!;
const sh = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

export function faultClusterAvailable(): string | null {
  try {
    sh("pg_lsclusters", ["-h"]);
    return null;
  } catch {
    return "Debian's PostgreSQL cluster tools (pg_lsclusters, pg_createcluster, pg_ctlcluster) are not installed.";
  }
}

function status(): "online" | "down" | "missing" {
  const line = sh("pg_lsclusters", ["-h"]).split("\n").find((l) => l.split(/\s+/)[1] === FAULT_CLUSTER);
  if (!line) return "missing";
  return line.includes("online") ? "online" : "down";
}

export function ctl(action: "start" | "stop" | "restart") {
  const args = ["--skip-systemctl-redirect", version(), FAULT_CLUSTER, action];
  if (action !== "start") args.push("-m", "fast");
  sh("pg_ctlcluster", args);
}

/** Starts the cluster again if it is down (after a test stopped it). */
export function startFaultCluster() {
  if (status() !== "online") ctl("start");
}

/** Creates (as root, or as a user allowed to) and starts the fault cluster; returns its server URL. */
export function ensureFaultCluster(): string {
  if (status() === "missing") sh("pg_createcluster", [version(), FAULT_CLUSTER, "--port", String(FAULT_PORT), "--", "--auth=trust"]);
  if (status() !== "online") ctl("start");
  return `postgresql://postgres@127.0.0.1:${FAULT_PORT}/postgres`;
}
