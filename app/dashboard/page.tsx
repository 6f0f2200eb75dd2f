import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminDashboard } from "@/components/admin/admin-dashboard";
import { MyAssessments } from "@/components/dashboard/my-assessments";
import { ReviewQueue } from "@/components/dashboard/review-queue";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (user.role === "POLICYMAKER") return <MyAssessments user={user} />;
  if (user.role === "ADVISOR") return <ReviewQueue user={user} />;
  return <AdminDashboard />;
}
