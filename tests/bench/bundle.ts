// First Load JS of each page route, read from the production build's manifests: the root main
// files plus the chunks of the route's layouts, error/not-found boundaries and page (what a first
// visit downloads), gzip-compressed as a server would send them.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

const NEXT = join(process.cwd(), ".next");
const WIZARD_BUDGET_KB = 150;

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return manifests(path);
    return name === "page_client-reference-manifest.js" ? [path] : [];
  });
}

const gzipKb = (file: string) => gzipSync(readFileSync(join(NEXT, file))).length / 1024;

export function firstLoadJs(): { route: string; files: number; kb: number }[] {
  const build = JSON.parse(readFileSync(join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return manifests(join(NEXT, "server", "app"))
    .map((file) => {
      const route = "/" + relative(join(NEXT, "server", "app"), file).split(sep).slice(0, -1).join("/");
      const text = readFileSync(file, "utf8");
      const json = JSON.parse(text.slice(text.indexOf("] = ") + 4).replace(/;\s*$/, ""));
      const entry = json.entryJSFiles as Record<string, string[]>;
      const files = new Set([...build.rootMainFiles, ...Object.values(entry).flat()].filter((f) => f.endsWith(".js")));
      return { route: route === "/" ? "/" : route, files: files.size, kb: [...files].reduce((sum, f) => sum + (existsSync(join(NEXT, f)) ? gzipKb(f) : 0), 0) };
    })
    .filter((r) => !r.route.startsWith("/_"))
    .sort((a, b) => a.route.localeCompare(b.route));
}

export async function run(): Promise<string> {
  const rows = firstLoadJs().map((r) => {
    const wizard = r.route.includes("/steps/");
    return `| ${r.route} | ${r.files} | ${r.kb.toFixed(1)} |${wizard ? ` ${r.kb <= WIZARD_BUDGET_KB ? "within" : "OVER"} the ${WIZARD_BUDGET_KB} kB wizard budget` : ""} |`;
  });
  return [`## First Load JS per route (gzip)`, ``, `From .next/build-manifest.json and each route's client reference manifest (Next 16 with Turbopack no longer prints sizes after \`next build\`).`, ``, `| Route | JS files | First Load JS (kB gzip) | Note |`, `|---|---:|---:|---|`, ...rows].join("\n");
}
