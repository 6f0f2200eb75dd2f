// Demo organisation and one account per role. Idempotent: running it twice changes nothing.
// Usage: DATABASE_URL=... tsx prisma/seed.ts (npm run dev runs it for you).
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "better-auth/crypto";
import { PrismaClient } from "../lib/server/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_ORGANIZATION, DEMO_PASSWORD, WORKED_EXAMPLE_ID } from "./demo-accounts";
import { WORKED_EXAMPLE } from "../lib/compass/examples/worked-example";
import { CONTENT_VERSION } from "../lib/compass/version";

export async function seed(prisma: PrismaClient): Promise<void> {
  const organization = await prisma.organization.upsert({
    where: { name: DEMO_ORGANIZATION.name },
    create: DEMO_ORGANIZATION,
    update: {},
  });
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({ where: { email: account.email } });
    if (exists) continue;
    await prisma.user.create({
      data: {
        id: account.id,
        email: account.email,
        name: account.name,
        role: account.role,
        emailVerified: true,
        organizationId: account.inOrganization ? organization.id : null,
        accounts: {
          create: { id: `${account.id}-credential`, accountId: account.id, providerId: "credential", password: await hashPassword(DEMO_PASSWORD) },
        },
      },
    });
  }
  await seedWorkedExample(prisma, organization.id);
}

// The worked example, complete and ready to submit, owned by the demo organisation.
async function seedWorkedExample(prisma: PrismaClient, organizationId: string) {
  if (await prisma.assessment.findUnique({ where: { id: WORKED_EXAMPLE_ID } })) return;
  const policymaker = DEMO_ACCOUNTS.find((a) => a.role === "POLICYMAKER")!;
  await prisma.assessment.create({
    data: {
      id: WORKED_EXAMPLE_ID,
      title: WORKED_EXAMPLE.title,
      instrument: WORKED_EXAMPLE.instrumentKind,
      jurisdiction: WORKED_EXAMPLE.jurisdiction,
      description: WORKED_EXAMPLE.description,
      contentVersion: CONTENT_VERSION,
      organizationId,
      createdById: policymaker.id,
      steps: {
        create: Object.entries(WORKED_EXAMPLE.answers).map(([stepId, answers]) => ({
          stepId,
          answers: answers as object,
          contentVersion: CONTENT_VERSION,
          completedAt: new Date(),
          updatedById: policymaker.id,
        })),
      },
      events: { create: { actorId: policymaker.id, type: "created", data: { from: "seed" } } },
    },
  });
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seed(prisma);
    console.log("Seeded the demo organisation and accounts.");
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
