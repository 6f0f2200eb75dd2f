// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { getQuestion, getStepIdOfQuestion, type TRow, type TRowsQuestion } from "@/lib/compass";
import { buildStepView } from "@/lib/compass/step-view";
import { RowsControl } from "@/components/wizard/controls/rows";
import { StepContentProvider, useStepContentValue } from "@/components/wizard/step-content";
import messages from "@/messages/en";

const question = getQuestion("s1.q09") as TRowsQuestion;
const view = buildStepView(getStepIdOfQuestion("s1.q09")!)!;

function Harness({ initial, onValue }: { initial: TRow[]; onValue: (rows: TRow[] | undefined) => void }) {
  const [rows, setRows] = useState<TRow[] | undefined>(initial);
  const content = useStepContentValue(view);
  return (
    <NextIntlClientProvider locale="en" messages={messages}>
      <StepContentProvider value={content}>
      <RowsControl id="q-s1-q09" question={question} value={rows} all={{}} cellErrors={new Map()}
        onChange={(next) => { setRows(next); onValue(next); }} />
      </StepContentProvider>
    </NextIntlClientProvider>
  );
}

afterEach(cleanup);

describe("rows table control", () => {
  it("adds, reorders and removes rows, keeping each row's stable id", () => {
    const seen: (TRow[] | undefined)[] = [];
    render(<Harness initial={[{ id: "a", source: "First" }, { id: "b", source: "Second" }]} onValue={(v) => seen.push(v)} />);
    expect(question.type).toBe("rows");
    fireEvent.click(screen.getByRole("button", { name: /Move down: Row 1: First/ }));
    expect(seen.at(-1)!.map((r) => r.id)).toEqual(["b", "a"]);
    fireEvent.click(screen.getByRole("button", { name: "Add a row" }));
    const added = seen.at(-1)!;
    expect(added).toHaveLength(3);
    expect(added[2].id).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    expect(new Set(added.map((r) => r.id)).size).toBe(3);
    fireEvent.click(screen.getByRole("button", { name: /Remove Row 1: Second/ }));
    expect(seen.at(-1)!.map((r) => r.id)).toEqual(["a", added[2].id]);
    expect(screen.getByText(/Second removed/)).toBeTruthy();
  });

  it("disables moving the first row up and the last row down", () => {
    render(<Harness initial={[{ id: "a", source: "Only" }]} onValue={() => {}} />);
    expect((screen.getByRole("button", { name: /Move up/ }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: /Move down/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("types into a cell and reports the new row value", () => {
    const seen: (TRow[] | undefined)[] = [];
    render(<Harness initial={[{ id: "a" }]} onValue={(v) => seen.push(v)} />);
    const firstTextColumn = question.columns.find((c) => c.type === "text")!;
    fireEvent.change(document.getElementById(`q-s1-q09-0-${firstTextColumn.id}`)!, { target: { value: "Regulator data 2026" } });
    expect(seen.at(-1)![0]).toEqual({ id: "a", [firstTextColumn.id]: "Regulator data 2026" });
  });
});
