// Embedded PostgreSQL for machines without a server: PGlite (Postgres compiled to WebAssembly)
// served over the normal wire protocol by @electric-sql/pglite-socket, so the app, `pg` and
// @prisma/adapter-pg connect with an ordinary postgresql:// URL.
//
// Concurrency. PGlite is ONE Postgres backend (one session). pglite-socket 0.2.17 accepts several
// client connections (`maxConnections`, default 1) and funnels their protocol messages through a
// queue into that one backend; while a transaction is open only the connection that opened it is
// served, so transactions from different connections are serialised, not interleaved.
// Its queue has two flaws we hit in testing, so we swap in `SessionQueue` below:
//  1. It only pins the session to a connection inside a transaction. An extended-protocol query
//     (Parse/Bind/Execute/Sync: what `pg` sends for every parameterised query) that arrives in
//     more than one TCP chunk (params > ~64 KB) could be interleaved with another connection's
//     Parse, binding the wrong unnamed statement ("bind message supplies 3 parameters, but
//     prepared statement "" requires 2", or worse, silently the wrong statement). We also pin the
//     session from a Parse/Bind/... until that connection's Sync.
//  2. When a message fails it returns with `processing` still set, so the queue stalls forever.
// What remains inherent: all queries run one at a time, an open transaction blocks every other
// connection until it ends, and session state (SET, named prepared statements, temp tables) is
// shared by all connections.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** postgresql:// URL usable by `pg`, @prisma/adapter-pg and psql. */
  url: string;
  /** Closes the socket server (dropping client connections) and the database. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder for the data files; omitted → in memory, gone on stop(). */
  dataDir?: string;
  /** TCP port on 127.0.0.1; 0 or omitted → a free port picked by the OS. */
  port?: number;
  /** Client connections accepted at once (beyond it new ones are refused). Default 100. */
  maxConnections?: number;
}

export async function startEmbeddedPostgres(
  opts: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const dataDir = opts.dataDir && path.resolve(opts.dataDir);
  // PGlite creates its data folder but not the folders above it.
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: opts.port ?? 0,
    maxConnections: opts.maxConnections ?? 100,
  });
  // `queryQueue` is private in 0.2.17 (pinned); each new connection picks it up from the server.
  const internals = server as unknown as { queryQueue?: unknown };
  if (!internals.queryQueue) throw new Error("pglite-socket internals changed: no queryQueue");
  const queue = new SessionQueue(db);
  internals.queryQueue = queue;
  await server.start();
  // With port 0 the server records the OS-assigned port once listening: "127.0.0.1:PORT".
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop(); // disconnects clients; their open transactions get rolled back
      await queue.settle(); // ...which must finish before the database closes
      await db.close();
    },
  };
}

interface Item {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
  /** Not a client message: free the session its (disconnected) owner left behind. */
  release?: boolean;
}

// Frontend messages that leave an extended-protocol batch open until the client's Sync:
// Parse, Bind, Describe, Execute, Close, Flush.
const BATCH_MESSAGES = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));

const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]); // 'S', length 4

/** Drop-in for pglite-socket's QueryQueueManager (same four methods the handlers call). */
class SessionQueue {
  private queue: Item[] = [];
  // `draining` flips synchronously at the loop's start and end: a message enqueued from a
  // microtask right after the loop's last check must start a new loop, not be left behind.
  private draining = false;
  private drained: Promise<void> = Promise.resolve();
  /** Connection that holds the session (open transaction or unfinished batch), if any. */
  private owner: number | null = null;
  /** Connection whose message is executing now, and whether it disconnected meanwhile. */
  private inFlight: number | null = null;
  private inFlightGone = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: Item["onData"]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (const item of this.queue.filter((q) => q.handlerId === handlerId)) {
      item.reject(new Error("Handler disconnected"));
    }
    this.queue = this.queue.filter((q) => q.handlerId !== handlerId);
  }

  /** Called when a client disconnects (after clearQueueForHandler). */
  clearTransactionIfNeeded(handlerId: number): Promise<void> {
    // Its message still running: the loop frees the session, if needed, once it completes.
    if (this.inFlight === handlerId) this.inFlightGone = true;
    if (this.owner !== handlerId) return Promise.resolve();
    // It holds the session and is waiting for nothing: queue the release as its next message.
    return new Promise((resolve, reject) => {
      const release = { handlerId, message: SYNC, onData: () => {}, resolve: () => resolve(), reject, release: true };
      this.queue.unshift(release);
      this.process();
    });
  }

  /** Resolves when no message is executing (stop() waits for it before closing the database). */
  async settle(): Promise<void> {
    while (this.draining) await this.drained;
  }

  private next(): Item | undefined {
    if (this.owner === null) return this.queue.shift();
    const i = this.queue.findIndex((q) => q.handlerId === this.owner);
    return i === -1 ? undefined : this.queue.splice(i, 1)[0];
  }

  private process(): void {
    if (this.draining) return;
    this.draining = true;
    // Only releaseSession() can throw here (e.g. database closed under us); nothing to report to.
    this.drained = this.drain().catch(() => {});
  }

  private async drain(): Promise<void> {
    try {
      // When the owner has nothing queued we stop; its next message starts us again. No await
      // between the last next() and `finally`, so `draining` is never stale.
      for (let item = this.next(); item; item = this.next()) await this.run(item);
    } finally {
      this.draining = false;
    }
  }

  private async run(current: Item): Promise<void> {
    if (current.release) {
      await this.releaseSession().then(() => current.resolve(0), current.reject);
      return;
    }
    this.inFlight = current.handlerId;
    this.inFlightGone = false;
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(current.message, {
          onRawData: (data) => {
            bytes += data.length;
            current.onData(data);
          },
        }),
      );
      current.resolve(bytes);
    } catch (err) {
      current.reject(err);
    }
    this.inFlight = null;
    const holds = this.db.isInTransaction() || BATCH_MESSAGES.has(current.message[0]);
    this.owner = holds ? current.handlerId : null;
    if (holds && this.inFlightGone) await this.releaseSession();
  }

  /** Ends whatever a vanished client left open, so the next client starts clean. */
  private async releaseSession(): Promise<void> {
    // A Sync ends a half-sent batch (and any "skip until Sync" error state); it does not end an
    // explicit transaction, hence the ROLLBACK.
    await this.db.runExclusive(() => this.db.execProtocolRaw(SYNC));
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
  }
}
