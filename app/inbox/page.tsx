import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InboxList } from "@/components/review/inbox-list";
import { listNotifications } from "@/lib/server/services/notifications";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return <InboxList {...await listNotifications(user)} />;
}
