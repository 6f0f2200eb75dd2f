"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { config } from "zod";

// zod compiles fast parsers with `new Function` after probing whether eval is allowed; under the
// Content Security Policy (no 'unsafe-eval') that probe is reported as a violation. Interpreted
// parsing is fast enough for forms. Browser only: zod keeps its config on globalThis, and the
// server (where no CSP applies) keeps the faster compiled parsers for the API.
if (typeof window !== "undefined") config({ jitless: true });

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 }, mutations: { retry: 0 } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
