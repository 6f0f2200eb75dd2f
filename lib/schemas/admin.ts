import { z } from "zod";
import { ROLES } from "@/lib/permissions/table";

export const ZNewOrganization = z.strictObject({
  name: z.string().trim().min(2, { error: "Enter the organisation's name" }).max(160, { error: "Use 160 characters or fewer" }),
  country: z.string().trim().max(80, { error: "Use 80 characters or fewer" }).optional().default(""),
});

export const ZNewUser = z.strictObject({
  name: z.string().trim().min(1, { error: "Enter the person's name" }).max(120, { error: "Use 120 characters or fewer" }),
  email: z.email({ error: "Enter an email address like name@example.org" }).max(254).transform((e) => e.toLowerCase()),
  role: z.enum(ROLES, { error: "Choose a role" }),
  organizationId: z.string().max(40).optional().default(""),
  password: z
    .string()
    .min(10, { error: "The password must be at least 10 characters" })
    .max(128, { error: "The password must be 128 characters or fewer" }),
});

export const ZUpdateUser = z
  .strictObject({
    role: z.enum(ROLES, { error: "Choose a role" }).optional(),
    organizationId: z.string().max(40).nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { error: "Nothing to change" });

export type TNewOrganizationInput = z.input<typeof ZNewOrganization>;
export type TNewUserInput = z.input<typeof ZNewUser>;
