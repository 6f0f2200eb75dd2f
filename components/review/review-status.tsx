import { getFormatter, getTranslations } from "next-intl/server";

type TReviewSummary = {
  startedAt: Date;
  reviewer: { name: string };
  decision: string | null;
  decidedAt: Date | null;
  decidedBy: { name: string } | null;
} | null;

/** One sentence on where the review stands and who holds it. */
export async function ReviewStatus({ status, review }: { status: string; review: TReviewSummary }) {
  const t = await getTranslations("review.decision");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  let text: string;
  if (status === "DRAFT") text = t("draftNote");
  else if (status === "SUBMITTED" || !review) text = t("waiting");
  else if (review.decision && review.decidedAt) {
    text = t("decided", { decision: t(review.decision === "APPROVED" ? "approved" : "changesRequested"), name: review.decidedBy?.name ?? "", date: date(review.decidedAt) });
  } else text = t("reviewing", { name: review.reviewer.name, date: date(review.startedAt) });
  return <p className="text-lg" data-testid="review-status">{text}</p>;
}
