// A closed-loop load generator for stateful requests: each connection owns its own key (an
// assessment step) and always sends the version its previous response returned, which
// autocannon cannot do (it resets a connection's context on every pass over its requests).
import http from "node:http";

export type TLoadResult = { requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summarize(latencies: number[], seconds: number, errors = 0, non2xx = 0): TLoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { requests: sorted.length, rps: sorted.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors, non2xx };
}

type TRequest = { method: string; path: string; headers: Record<string, string>; body?: string };

function send(agent: http.Agent, base: URL, request: TRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: base.hostname, port: base.port, method: request.method, path: request.path, headers: { ...request.headers, ...(request.body ? { "content-length": Buffer.byteLength(request.body) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(request.body);
  });
}

/** `connections` loops, each calling next(i) → request and done(i, status, body), for `seconds`. */
export async function closedLoop(options: {
  url: string;
  connections: number;
  seconds: number;
  next(connection: number): TRequest;
  done(connection: number, status: number, body: string): void;
}): Promise<TLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const base = new URL(options.url);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async (_, i) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const { status, body } = await send(agent, base, options.next(i));
          latencies.push(performance.now() - t0);
          if (status < 200 || status >= 300) non2xx++;
          options.done(i, status, body);
        } catch {
          errors++;
        }
      }
    }),
  );
  agent.destroy();
  return summarize(latencies, (performance.now() - started) / 1000, errors, non2xx);
}
