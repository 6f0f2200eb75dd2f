"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ROLES } from "@/lib/permissions/table";
import { useOrganizations, useUpdateUser, useUsers, type TUserRow } from "@/lib/client/admin-queries";
import { ApiError } from "@/lib/client/api";
import { NewUserForm } from "./new-user-form";

export function UsersPanel() {
  const t = useTranslations("admin");
  const users = useUsers();
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title" className="text-3xl font-bold mb-4">{t("users")}</h2>
      {users.isPending ? <p role="status">{t("loading")}</p> : null}
      {users.isError ? <p role="alert" className="text-danger font-semibold">{t("loadFailed")}</p> : null}
      {users.data ? (
        <div className="overflow-x-auto mb-8">
          <table className="w-full border-collapse">
            <caption className="sr-only">{t("users")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pe-4 text-start">{t("name")}</th>
                <th scope="col" className="py-2 pe-4 text-start">{t("email")}</th>
                <th scope="col" className="py-2 pe-4 text-start">{t("role")}</th>
                <th scope="col" className="py-2 text-start">{t("organization")}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => <UserRow key={u.id} user={u} />)}
            </tbody>
          </table>
        </div>
      ) : null}
      <NewUserForm />
    </section>
  );
}

function UserRow({ user }: { user: TUserRow }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const update = useUpdateUser();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const roleId = `role-${user.id}`;

  async function changeRole(role: string) {
    setMessage(null);
    try {
      await update.mutateAsync({ id: user.id, role });
      setMessage({ ok: true, text: t("roleChanged", { name: user.name, role: tRoles(role) }) });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : t("saveFailed") });
    }
  }

  return (
    <tr className="border-b border-line align-top">
      <td className="py-3 pe-4 font-semibold">{user.name}</td>
      <td className="py-3 pe-4 break-all">{user.email}</td>
      <td className="py-3 pe-4">
        <label htmlFor={roleId} className="sr-only">{t("roleFor", { name: user.name })}</label>
        <select
          id={roleId}
          value={user.role}
          disabled={update.isPending}
          onChange={(event) => changeRole(event.target.value)}
          className="border-2 border-ink bg-white px-2 py-1 min-h-11"
        >
          {ROLES.map((role) => <option key={role} value={role}>{tRoles(role)}</option>)}
        </select>
        {message ? <p role={message.ok ? "status" : "alert"} className={`mt-1 text-sm font-semibold ${message.ok ? "text-success" : "text-danger"}`}>{message.text}</p> : null}
      </td>
      <td className="py-3">{user.organization?.name ?? "—"}</td>
    </tr>
  );
}

export function useOrganizationOptions() {
  const organizations = useOrganizations();
  return (organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }));
}
