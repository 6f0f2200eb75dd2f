import { describe, expect, it } from "vitest";
import { renderReportHtml } from "@/components/report/report-html";
import { computeVerdict, RUBRIC } from "@/lib/compass";
import type { TReportReview } from "@/lib/schemas/report";
import { messages, workedExampleReportData } from "../../support/report-fixtures";

describe("the report rendering", () => {
  it("has no review section until the assessment has been reviewed", () => {
    const html = renderReportHtml(workedExampleReportData(), messages);
    expect(html).not.toContain('id="review"');
    expect(html).toContain("not official B-Tech text");
    expect(html).toContain('role="img"');
  });

  it("shows rubric scores, the verdict and resolved comments when reviewed", () => {
    const scores = Object.fromEntries(RUBRIC.map((c) => [c.id, 3])) as TReportReview["scores"];
    const review: TReportReview = {
      scores,
      notes: { R6: "Every gap has a measure." },
      verdict: computeVerdict(scores),
      resolvedComments: [{ questionId: "s1.q06", author: "B. Advisor", body: "Add likelihood sources.", replies: [{ author: "A. Policymaker", body: "Added in the note." }] }],
    };
    const html = renderReportHtml({ ...workedExampleReportData(), review }, messages);
    expect(html).toContain('id="review"');
    expect(html).toContain('href="#review"');
    expect(html).toContain("Ready");
    expect(html).toContain("Total score: 45 of 45");
    expect(html).toContain("Every gap has a measure.");
    expect(html).toContain("On question 1.6");
    expect(html).toContain("Added in the note.");
  });

  it("escapes markup typed into answers", () => {
    const data = workedExampleReportData();
    data.answers["s1-instrument"]["s1.q02"] = { value: "<b onmouseover=alert(1)>x</b>" };
    const html = renderReportHtml(data, messages);
    expect(html).toContain("&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;");
    expect(html).not.toContain("<b onmouseover");
  });
});
