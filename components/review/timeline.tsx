import { getFormatter, getTranslations } from "next-intl/server";
import type { listTimeline } from "@/lib/server/services/timeline";

export type TTimelineEvent = Awaited<ReturnType<typeof listTimeline>>[number];

const KNOWN = new Set(["created", "step_started", "step_completed", "submitted", "review_started", "changes_requested", "approved", "exported"]);

/** Who did what, when: the assessment's append-only event trail. */
export async function Timeline({ events }: { events: TTimelineEvent[] }) {
  const t = await getTranslations("review.timeline");
  const tRoles = await getTranslations("roles");
  const format = await getFormatter();
  // Step saves are many and small; the history shows the milestones.
  const shown = events.filter((event) => !event.type.startsWith("step_"));
  if (shown.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <ol className="border-s-2 border-line ms-2 space-y-3" data-testid="timeline">
      {shown.map((event) => {
        const data = (event.data ?? {}) as { number?: number };
        return (
          <li key={event.id} className="ps-4 relative">
            <span aria-hidden="true" className="absolute -start-[7px] top-2 size-3 rounded-full bg-brand" />
            <p className="font-semibold">{KNOWN.has(event.type) ? t(event.type, { number: data.number ?? 1 }) : t("other", { type: event.type })}</p>
            <p className="text-sm text-muted">
              {event.actor ? `${event.actor.name} (${tRoles(event.actor.role)})` : t("someone")} · <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
