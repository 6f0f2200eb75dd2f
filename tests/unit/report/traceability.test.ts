import { describe, expect, it } from "vitest";
import { computeTraceability } from "@/lib/compass";
import { cloneWorkedExample, withValue } from "../compass/helpers";

describe("the traceability chain", () => {
  it("links the worked example's risks to gaps, measures, indicators and oversight", () => {
    const chain = computeTraceability(cloneWorkedExample());
    expect(chain.risks.map((r) => r.id)).toEqual(["risk-elections", "risk-gbv", "risk-children"]);
    const children = chain.risks.find((r) => r.id === "risk-children")!;
    const riskDuty = children.gaps.find((g) => g.id === "gap-risk-duty")!;
    expect(riskDuty.priority).toBe(5);
    expect(riskDuty.measures.map((m) => m.id)).toContain("m-child-design");
    const childDesign = riskDuty.measures.find((m) => m.id === "m-child-design")!;
    expect(childDesign.indicators.map((i) => i.id)).toEqual(["ind-child-exposure"]);
    expect(chain.oversight).toBe("A new regulator");
  });

  it("warns about measures without an indicator, and only those, in the worked example", () => {
    const { warnings } = computeTraceability(cloneWorkedExample());
    expect(warnings.map((w) => w.kind)).toEqual(Array(warnings.length).fill("measure-without-indicator"));
    expect(warnings.map((w) => (w.kind === "measure-without-indicator" ? w.measureId : ""))).toEqual([
      "m-audit",
      "m-public-hria",
      "m-cooperation",
      "m-election-code",
    ]);
  });

  it("warns when a high-priority gap has no measure, but not for a low-priority one", () => {
    let all = cloneWorkedExample();
    all = withValue(all, "s3.q01", []);
    const kinds = computeTraceability(all).warnings.filter((w) => w.kind === "gap-without-measure");
    // Priorities 5, 5, 4, 4 are high; 3 and 2 are not.
    expect(kinds.map((w) => (w.kind === "gap-without-measure" ? w.gapId : ""))).toEqual(["gap-risk-duty", "gap-regulator", "gap-remedy", "gap-cross-border"]);
  });

  it("warns when a risk has no gap", () => {
    const all = withValue(cloneWorkedExample(), "s2.q12", []);
    const warnings = computeTraceability(all).warnings.filter((w) => w.kind === "risk-without-gap");
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatchObject({ riskId: "risk-elections", label: "Amplification of coordinated election disinformation" });
  });

  it("copes with an empty or malformed assessment", () => {
    expect(computeTraceability({})).toEqual({ risks: [], oversight: undefined, warnings: [] });
    const broken = { "s1-risks": { "s1.q06": { value: "not rows" } } } as never;
    expect(computeTraceability(broken).risks).toEqual([]);
  });
});
