import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OrganizationsPanel } from "./organizations-panel";
import { UsersPanel } from "./users-panel";

export async function AdminDashboard() {
  const t = await getTranslations("admin");
  const tOutbox = await getTranslations("outbox");
  return (
    <div className="space-y-14">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <p><Link href="/admin/outbox">{tOutbox("link")}</Link></p>
      <OrganizationsPanel />
      <UsersPanel />
    </div>
  );
}
