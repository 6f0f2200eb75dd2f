import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { hashPassword } from "../auth";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { TSessionUser } from "../session";
import { hasAbility } from "@/lib/permissions/table";
import type { ZNewOrganization, ZNewUser, ZUpdateUser } from "@/lib/schemas/admin";

function assertAdmin(user: TSessionUser) {
  if (!hasAbility(user.role, "manageAccounts")) throw new AppError("FORBIDDEN", "Only administrators can manage organisations and accounts.");
}

export async function listOrganizations(admin: TSessionUser) {
  assertAdmin(admin);
  return prisma.organization.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { users: true, assessments: true } } } });
}

export async function createOrganization(admin: TSessionUser, input: z.output<typeof ZNewOrganization>) {
  assertAdmin(admin);
  const existing = await prisma.organization.findFirst({ where: { name: { equals: input.name, mode: "insensitive" } } });
  if (existing) throw new AppError("CONFLICT", `An organisation called "${existing.name}" already exists.`);
  return prisma.organization.create({ data: { name: input.name, country: input.country || null } });
}

export async function listUsers(admin: TSessionUser) {
  assertAdmin(admin);
  return prisma.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabled: true, organizationId: true, organization: { select: { name: true } } },
  });
}

async function assertOrganization(organizationId: string | null | undefined) {
  if (!organizationId) return;
  const organization = await prisma.organization.findUnique({ where: { id: organizationId } });
  if (!organization) throw new AppError("VALIDATION_FAILED", "Choose an organisation from the list.", [{ path: ["organizationId"], message: "Choose an organisation from the list" }]);
}

/** Admin-created account with a password hashed by better-auth's own hasher. */
export async function createUser(admin: TSessionUser, input: z.output<typeof ZNewUser>) {
  assertAdmin(admin);
  if (input.role === "POLICYMAKER" && !input.organizationId) {
    throw new AppError("VALIDATION_FAILED", "A policymaker must belong to an organisation.", [{ path: ["organizationId"], message: "Choose the policymaker's organisation" }]);
  }
  await assertOrganization(input.organizationId);
  const password = await hashPassword(input.password);
  const id = randomUUID();
  try {
    return await prisma.user.create({
      data: {
        id,
        name: input.name,
        email: input.email,
        emailVerified: true,
        role: input.role,
        organizationId: input.organizationId || null,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
      },
      select: { id: true, name: true, email: true, role: true, organizationId: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email address already exists.", [{ path: ["email"], message: "An account with this email address already exists" }]);
    }
    throw error;
  }
}

export async function updateUser(admin: TSessionUser, userId: string, input: z.output<typeof ZUpdateUser>) {
  assertAdmin(admin);
  if (userId === admin.id && (input.role !== undefined && input.role !== "ADMIN" || input.disabled)) {
    throw new AppError("FORBIDDEN", "You cannot remove your own administrator rights or disable your own account.");
  }
  await assertOrganization(input.organizationId);
  const target = await prisma.user.findUnique({ where: { id: userId } });
  if (!target) throw new AppError("NOT_FOUND", "This account was not found.");
  return prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: userId }, data: input, select: { id: true, role: true, organizationId: true, disabled: true } });
    // A disabled account is signed out everywhere at once.
    if (input.disabled) await tx.session.deleteMany({ where: { userId } });
    return updated;
  });
}
