// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) on Node 20,
// connected to PostgreSQL through @prisma/adapter-pg.
//
// Why not `import "@prisma/schema-engine-wasm"`: the package entry does `import * as wasm from
// "./schema_engine_bg.wasm"` (ES module integration for wasm), which Node 20 cannot load. So we
// do by hand what that entry does: import the JS glue (`schema_engine_bg.js`), instantiate the
// .wasm with the glue module as its import object, hand the exports back via `__wbg_set_wasm`,
// and call `__wbindgen_start`. (The native engine the Prisma CLI downloads is unreachable here;
// the WASM build is the same engine, talking to the database through a JS driver adapter.)
//
// Adapter quirks we correct:
//  - adapter-pg's `executeScript` splits the script on every ";" and runs the pieces one by one,
//    which breaks any SQL with a ";" inside a string, comment or function body. We send the
//    whole script as one simple-protocol query instead (what psql and the native engine do).
//  - The WASM engine gets its shadow database only from the factory's `connectToShadowDb()`.
//    adapter-pg would CREATE DATABASE on the same server; we connect to a URL we choose instead
//    (a throwaway PGlite, see migrate.ts), or refuse when none was given.
//  - adapter-pg cannot read PostgreSQL's one-byte "char" type, which the engine's schema
//    describer selects from pg_catalog (see connectAdapter).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import pg from "pg";

export type { SchemaEngine };

/** The filter the CLI passes when prisma.config.ts declares no external tables/enums. */
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let initialised = false;

/** A Rust panic inside the engine reports its message here before surfacing as "unreachable". */
const panicRegistry = {
  message: "",
  set_message(message: string) {
    panicRegistry.message = `RuntimeError: ${message}`;
  },
};

/** The engine's last panic message, if any (a panic surfaces only as "unreachable"). */
export const enginePanic = (): string | undefined => panicRegistry.message || undefined;

function initWasm(): void {
  if (initialised) return;
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  // The package's exports map hides the .wasm file, so locate it next to the exported glue file.
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  // wasm-bindgen's generated imports all live in the "./schema_engine_bg.js" namespace.
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
  glue.__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
  initialised = true;
}

// adapter-pg cannot map PostgreSQL's one-byte "char" type (oid 18) and throws "Column type 'char'
// could not be deserialized"; the engine's schema describer selects such columns from pg_catalog
// (pg_constraint.contype, ...) and wants them as Character. We let pg label them TEXT (oid 25,
// which adapter-pg accepts; the value is a one-letter string either way) and then tell the
// engine they are Character. The rows array links the two steps, so concurrent queries are safe.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Connects adapter-pg to `url` with one connection, running scripts whole. */
async function connectAdapter(url: string, pools: pg.Pool[]): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pools.push(pool);
  const charColumns = new WeakMap<object, number[]>();
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  pool.query = (async (...args: unknown[]) => {
    const result = await query(...args);
    const chars = (result?.fields ?? []).flatMap((f, i) => (f.dataTypeID === PG_CHAR_OID ? [i] : []));
    for (const i of chars) result.fields[i].dataTypeID = PG_TEXT_OID;
    if (chars.length > 0) charColumns.set(result.rows, chars);
    return result;
  }) as typeof pool.query;

  const adapter = await new PrismaPg(pool).connect();
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (q) => {
    const rs = await queryRaw(q);
    for (const i of charColumns.get(rs.rows) ?? []) rs.columnTypes[i] = ColumnTypeEnum.Character;
    return rs;
  };
  // `onError` turns a pg error into the DriverAdapterError the engine understands (and throws).
  const { onError } = adapter as unknown as { onError?: (e: unknown) => never };
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (err) {
      if (onError) onError.call(adapter, err);
      throw err;
    }
  };
  return adapter;
}

export interface EngineOptions {
  /** Database the engine may use as its shadow database (it applies migrations there). */
  shadowDatabaseUrl?: string;
  /** Prisma schema files as [path, content], for datasource settings (namespaces). */
  datamodels?: [string, string][];
  /** Receives the engine's JSON log lines; silent by default. */
  log?: (line: string) => void;
}

/**
 * Starts a schema engine connected to `databaseUrl`. Always `await dispose()`: it frees the
 * engine and closes our pools (engine.free() alone leaves connections open, which keeps Node
 * alive until pg's idle timeout).
 */
export async function openSchemaEngine(
  databaseUrl: string,
  opts: EngineOptions = {},
): Promise<{ engine: SchemaEngine; dispose: () => Promise<void> }> {
  initWasm();
  const pools: pg.Pool[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(databaseUrl, pools),
    connectToShadowDb: () => {
      if (!opts.shadowDatabaseUrl) throw new Error("No shadow database configured");
      return connectAdapter(opts.shadowDatabaseUrl, pools);
    },
  };
  const engine = (await glue.SchemaEngine.new(
    { datamodels: opts.datamodels },
    opts.log ?? (() => {}),
    bindMigrationAwareSqlAdapterFactory(factory),
  )) as SchemaEngine;
  const dispose = async () => {
    engine.free();
    await Promise.all(pools.map((p) => p.end()));
  };
  return { engine, dispose };
}
