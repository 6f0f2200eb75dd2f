import type { TestProject } from "vitest/node";
import { createTemplateDatabase, dropDatabase, serverUrl } from "./test-database";

// With a real server, migrate once into a template; each test file clones it (fast, isolated).
export default async function setup(project: TestProject) {
  const server = serverUrl();
  if (!server) {
    console.log("[integration] DATABASE_URL is not set: each test file starts its own embedded PostgreSQL (PGlite).");
    project.provide("templateDatabase", "");
    return;
  }
  const template = await createTemplateDatabase(server);
  project.provide("templateDatabase", template);
  return async () => dropDatabase(server, template);
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
