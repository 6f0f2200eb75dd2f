import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminDashboard } from "@/components/admin/admin-dashboard";
import { MyAssessments } from "@/components/dashboard/my-assessments";
import { readQueueQuery, ReviewQueue } from "@/components/dashboard/review-queue";
import { listOrganizationAssessments } from "@/lib/server/services/assessments";
import { listReviewQueue } from "@/lib/server/services/review-queue";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (user.role === "POLICYMAKER") return <MyAssessments organizationName={user.organizationName} assessments={await listOrganizationAssessments(user)} />;
  if (user.role === "ADVISOR") {
    const query = readQueueQuery();
    return <ReviewQueue query={query} queue={await listReviewQueue(user, query)} />;
  }
  return <AdminDashboard />;
}
