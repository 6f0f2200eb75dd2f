import "server-only";
import { z } from "zod";

// Every environment variable the server reads, validated once. `.env.example` documents them.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  AUTH_IP_SIGNIN_LIMIT: z.coerce.number().int().min(1).default(10),
  AUTH_ACCOUNT_LOCKOUT_FAILURES: z.coerce.number().int().min(1).default(5),
  AUTH_ACCOUNT_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
});

export type TEnv = z.infer<typeof ZEnv> & { BETTER_AUTH_SECRET: string };

const DEV_SECRET = "dev-only-secret-not-for-production-0123456789abcdef";

function loadEnv(): TEnv {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  const env = parsed.data;
  if (!env.BETTER_AUTH_SECRET && env.NODE_ENV === "production" && !process.env.COMPASS_ALLOW_DEV_SECRET) {
    throw new Error("BETTER_AUTH_SECRET must be set in production (32+ random characters).");
  }
  return { ...env, BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET ?? DEV_SECRET };
}

let cached: TEnv | undefined;
export function getEnv(): TEnv {
  cached ??= loadEnv();
  return cached;
}
