// Fills a wizard step from answer data using the keyboard only: focus moves with locator.focus()
// (what Tab would do) and every change is a key press: typing, Space on radios and checkboxes,
// ArrowDown on closed selects. Long texts are shortened to keep the run fast.
import { expect, type Locator, type Page } from "@playwright/test";
import { describeRow, getStep, resolveOptions, type TAnswer, type TCellSpec, type TCellValue, type TQuestion, type TRow, type TStepAnswers, type TYnpValue } from "../../lib/compass";

const SHORT = 24;
export const shorten = (text: string) => (text.length > SHORT ? text.slice(0, SHORT).trimEnd() : text);
const domId = (questionId: string, ...parts: (string | number)[]) => ["q", questionId.replace(/\./g, "-"), ...parts].join("-");

async function type(locator: Locator, text: string) {
  await locator.focus();
  await locator.pressSequentially(text);
}

async function pressSpace(locator: Locator) {
  await locator.focus();
  await locator.press("Space");
}

/** A closed <select>: ArrowDown moves the selection one option at a time (index 0 is the placeholder). */
async function chooseInSelect(select: Locator, optionIndex: number) {
  await select.focus();
  for (let i = 0; i <= optionIndex; i++) await select.press("ArrowDown");
}

async function fillChoice(page: Page, id: string, options: readonly { id: string }[], value: string) {
  const index = options.findIndex((o) => o.id === value);
  const select = page.locator(`select#${id}`);
  if ((await select.count()) > 0) return chooseInSelect(select, index);
  await pressSpace(page.locator(index === 0 ? `#${id}` : `#${id}-${value}`));
}

async function fillMulti(page: Page, id: string, options: readonly { id: string }[], values: string[]) {
  for (const value of values) {
    const index = options.findIndex((o) => o.id === value);
    await pressSpace(page.locator(index === 0 ? `#${id}` : `#${id}-${value}`));
  }
}

async function fillYnp(page: Page, id: string, value: TYnpValue, withComment = true) {
  await pressSpace(page.locator(value.value === "yes" ? `#${id}` : `#${id}-${value.value}`));
  if (withComment && value.comment) await type(page.locator(`#${id}-comment`), shorten(value.comment));
}

async function fillRating(page: Page, id: string, value: number) {
  await pressSpace(page.locator(value === 1 ? `#${id}` : `#${id}-${value}`));
}

type TContext = { page: Page; all: Record<string, TStepAnswers> };

function sourceRows(ctx: TContext, sourceQuestionId: string): TRow[] {
  for (const step of Object.values(ctx.all)) {
    const value = step[sourceQuestionId]?.value;
    if (Array.isArray(value)) return value as TRow[];
  }
  return [];
}

async function fillCell(ctx: TContext, cellId: string, cell: TCellSpec, value: TCellValue) {
  const { page } = ctx;
  switch (cell.type) {
    case "text":
      return type(page.locator(`#${cellId}`), shorten(String(value)));
    case "number":
      return type(page.locator(`#${cellId}`), String(value));
    case "date":
      return; // optional everywhere; skipped to keep the run independent of the date widget's locale
    case "choice":
      return fillChoice(page, cellId, resolveOptions(cell), value as string);
    case "multi":
      return fillMulti(page, cellId, resolveOptions(cell), value as string[]);
    case "ynp":
      return fillYnp(page, cellId, value as TYnpValue, false);
    case "rating":
      return fillRating(page, cellId, value as number);
    case "ref": {
      const rows = sourceRows(ctx, cell.source);
      const ids = Array.isArray(value) ? value : [value as string];
      if (!cell.multiple) return chooseInSelect(page.locator(`#${cellId}`), rows.findIndex((r) => r.id === ids[0]));
      const group = page.locator(`[role=group]:has(#${cellId})`);
      for (const refId of ids) {
        const index = rows.findIndex((r) => r.id === refId);
        await pressSpace(group.getByRole("checkbox", { name: shorten(describeRow(cell.source, rows[index], index)), exact: true }));
      }
    }
  }
}

async function fillQuestion(ctx: TContext, question: TQuestion, answer: TAnswer) {
  const { page } = ctx;
  const id = domId(question.id);
  const value = answer.value;
  if (value === undefined) return;
  switch (question.type) {
    case "text":
      return type(page.locator(`#${id}`), shorten(value as string));
    case "url":
      return type(page.locator(`#${id}`), value as string);
    case "choice":
      return fillChoice(page, id, resolveOptions(question), value as string);
    case "multi":
      return fillMulti(page, id, resolveOptions(question), value as string[]);
    case "ynp":
      return fillYnp(page, id, value as TYnpValue);
    case "rating":
      return fillRating(page, id, value as number);
    case "rows": {
      const rows = value as TRow[];
      for (const [index, row] of rows.entries()) {
        const add = page.locator(`#${id}-add`);
        await add.focus();
        await add.press("Enter");
        await expect(page.locator(`[data-question="${question.id}"] li[data-row]`)).toHaveCount(index + 1);
        for (const column of question.columns) {
          const cell = row[column.id];
          if (cell !== undefined) await fillCell(ctx, `${id}-${index}-${column.id}`, column, cell);
        }
      }
      return;
    }
    case "perRow": {
      const rows = sourceRows(ctx, question.source);
      const blocks = page.locator(`#${id} > div`);
      for (const [index, row] of rows.entries()) {
        const cell = (value as Record<string, TCellValue>)[row.id];
        if (cell === undefined) continue;
        const block = blocks.nth(index);
        const options = question.cell.type === "choice" || question.cell.type === "multi" ? resolveOptions(question.cell) : [];
        if (question.cell.type === "multi") {
          for (const optionId of cell as string[]) await pressSpace(block.getByRole("checkbox", { name: options.find((o) => o.id === optionId)!.label, exact: true }));
        } else if (question.cell.type === "choice") {
          await chooseInSelect(block.locator("select"), options.findIndex((o) => o.id === cell));
        } else throw new Error(`perRow cell type ${question.cell.type} not handled`);
      }
    }
  }
}

async function fillNote(page: Page, question: TQuestion, note: string) {
  const id = domId(question.id);
  const field = page.locator(`#${id}-note`);
  if (!(await field.isVisible())) {
    const summary = page.locator(`[data-question="${question.id}"] summary`).last();
    await summary.focus();
    await summary.press("Enter");
  }
  await type(field, shorten(note));
}

/** Fills every answered question of a step (in the page currently open); returns how many. */
export async function fillStepByKeyboard(page: Page, stepId: string, all: Record<string, TStepAnswers>): Promise<number> {
  const step = getStep(stepId)!;
  const answers = all[stepId] ?? {};
  let filled = 0;
  for (const question of step.questions) {
    const answer = answers[question.id];
    if (!answer) continue;
    await fillQuestion({ page, all }, question, answer);
    if (answer.note) await fillNote(page, question, answer.note);
    filled += 1;
  }
  return filled;
}
