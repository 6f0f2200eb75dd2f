import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/server/db";
import { StatusTag } from "./status-tag";

// Interim queue: submitted and in-review assessments, oldest first. The full queue (filters,
// pagination, counts) is built with the review workflow.
export async function ReviewQueue() {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const items = await prisma.assessment.findMany({
    where: { status: { in: ["SUBMITTED", "IN_REVIEW"] } },
    orderBy: { submittedAt: "asc" },
    take: 50,
    select: { id: true, title: true, jurisdiction: true, status: true, submittedAt: true, organization: { select: { name: true } } },
  });
  return (
    <div>
      <h1 className="text-4xl font-bold mb-8">{t("reviewQueue")}</h1>
      {items.length === 0 ? (
        <section aria-labelledby="queue-empty" className="border-2 border-dashed border-line p-8 max-w-2xl">
          <h2 id="queue-empty" className="text-2xl font-bold mb-3">{t("queueEmptyTitle")}</h2>
          <p>{t("queueEmptyBody")}</p>
        </section>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {items.map((a) => (
            <li key={a.id} className="py-5 flex flex-col sm:flex-row sm:items-center sm:justify-between gap-2">
              <div>
                <h2 className="text-xl font-bold"><Link href={`/assessments/${a.id}`}>{a.title}</Link></h2>
                <p className="text-muted">
                  {a.organization.name} · {a.jurisdiction}
                  {a.submittedAt ? ` · ${t("submitted", { date: format.dateTime(a.submittedAt, { dateStyle: "medium" }) })}` : ""}
                </p>
              </div>
              <StatusTag status={a.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
