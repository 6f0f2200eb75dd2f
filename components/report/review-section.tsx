// Shown only when the assessment has been reviewed (see loadReviewForReport).
import { useTranslations } from "next-intl";
import { getQuestion, RUBRIC, RUBRIC_SCORE_LABELS } from "@/lib/compass";
import type { TReportReview } from "@/lib/schemas/report";

export function ReviewSection({ review }: { review: TReportReview }) {
  const t = useTranslations("report.review");
  return (
    <section className="report-section report-break" aria-labelledby="review">
      <h2 id="review">{t("title")}</h2>
      <p className="report-verdict">
        {t("verdict")}: <strong>{t(`verdicts.${review.verdict.verdict}`)}</strong>. {t("total", { total: review.verdict.total, max: review.verdict.max })}
      </p>
      <table className="report-table">
        <thead>
          <tr><th scope="col">{t("criterion")}</th><th scope="col">{t("score")}</th><th scope="col">{t("notes")}</th></tr>
        </thead>
        <tbody>
          {RUBRIC.map((criterion) => {
            const score = review.scores[criterion.id];
            return (
              <tr key={criterion.id}>
                <th scope="row">{criterion.id}. {criterion.label}{criterion.critical ? ` (${t("critical")})` : ""}</th>
                <td>{score === undefined ? t("notScored") : `${score}: ${RUBRIC_SCORE_LABELS[score]}`}</td>
                <td dir="auto">{review.notes?.[criterion.id] ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t("comments")}</h3>
      {review.resolvedComments.length === 0 ? <p className="report-muted">{t("noComments")}</p> : (
        <ul className="report-comments">
          {review.resolvedComments.map((comment, index) => (
            <li key={index}>
              <p className="report-note-label">{t("on", { number: getQuestion(comment.questionId)?.number ?? comment.questionId })}: {comment.author}</p>
              <p className="report-text" dir="auto">{comment.body}</p>
              {comment.replies.map((reply, i) => (
                <blockquote key={i}><p className="report-note-label">{t("reply", { author: reply.author })}</p><p className="report-text" dir="auto">{reply.body}</p></blockquote>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
