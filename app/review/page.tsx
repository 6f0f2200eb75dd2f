import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { readQueueQuery, ReviewQueue } from "@/components/dashboard/review-queue";
import { hasAbility } from "@/lib/permissions/table";
import { listReviewQueue } from "@/lib/server/services/review-queue";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!hasAbility(user.role, "reviewQueue")) notFound();
  const query = readQueueQuery(await searchParams);
  return <ReviewQueue query={query} queue={await listReviewQueue(user, query)} />;
}
