// zod for browser code. zod compiles fast parsers with `new Function` after probing whether eval
// is allowed; under the Content Security Policy (no 'unsafe-eval') that probe is reported as a
// violation, so the browser parses without compiling (fast enough for forms). zod keeps this
// setting on globalThis; the server, where no CSP applies, keeps the compiled parsers.
// Forms take zodResolver from here, so that the setting is applied wherever zod reaches the browser.
import { config } from "zod";
import { zodResolver } from "@hookform/resolvers/zod";

if (typeof window !== "undefined") config({ jitless: true });

export { zodResolver };
