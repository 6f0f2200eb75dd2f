import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "./api";
import type { TNewOrganizationInput, TNewUserInput } from "@/lib/schemas/admin";

export type TOrganizationRow = { id: string; name: string; country: string | null; _count: { users: number; assessments: number } };
export type TUserRow = { id: string; name: string; email: string; role: string; disabled: boolean; organizationId: string | null; organization: { name: string } | null };

export const adminKeys = { organizations: ["admin", "organizations"] as const, users: ["admin", "users"] as const };

export function useOrganizations() {
  return useQuery({ queryKey: adminKeys.organizations, queryFn: () => apiFetch<{ organizations: TOrganizationRow[] }>("/api/admin/organizations").then((r) => r.organizations) });
}

export function useUsers() {
  return useQuery({ queryKey: adminKeys.users, queryFn: () => apiFetch<{ users: TUserRow[] }>("/api/admin/users").then((r) => r.users) });
}

export function useCreateOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TNewOrganizationInput) => apiFetch("/api/admin/organizations", { method: "POST", json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.organizations }),
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TNewUserInput) => apiFetch("/api/admin/users", { method: "POST", json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin"] }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: string; role?: string; organizationId?: string | null; disabled?: boolean }) =>
      apiFetch(`/api/admin/users/${id}`, { method: "PATCH", json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin"] }),
  });
}
