import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderReportHtml } from "@/components/report/report-html";
import { readExport } from "@/lib/compass";
import { AppError } from "@/lib/server/errors";
import { readJsonAttachment } from "@/lib/server/pdf/attachment";
import { chromiumPath, closePdfBrowser, printPdf } from "@/lib/server/pdf/renderer";
import { toExportDocument } from "@/lib/server/services/report";
import { renderAssessmentPdf } from "@/lib/server/services/report-pdf";
import { loadAssessmentAnswers } from "@/lib/server/services/answers";
import { POST as importRoute } from "@/app/api/assessments/import/route";
import { BASE, createOrganization, sessionFor } from "../support/app";
import { expectedAnswerTexts, messages, squash, workedExampleReportData } from "../support/report-fixtures";

const hasChromium = existsSync(chromiumPath());
const dir = mkdtempSync(join(tmpdir(), "compass-pdf-"));
// stderr ignored: poppler warns about PDF 2.0 structure types (Aside, Strong) that Chromium writes.
const tool = (name: string, args: string[]) => execFileSync(name, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

afterAll(closePdfBrowser);

async function renderToFile(name: string, data = workedExampleReportData()) {
  const pdf = await renderAssessmentPdf({ html: renderReportHtml(data, messages) }, data);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return { pdf, file };
}

describe.skipIf(!hasChromium && !process.env.CI)("the PDF report", () => {
  it("contains every answer of the worked example, is tagged, titled, outlined and renders to PNG", async () => {
    const { pdf, file } = await renderToFile("worked-example");
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    // Running headers and footers interrupt paragraphs that cross a page break: drop them first.
    // -raw keeps content-stream order, so a table cell's wrapped lines stay together.
    const text = squash(tool("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"]))
      .replace(/UNGPsCompassPage\d+of\d+/g, "")
      .replaceAll(squash("Online Platform Accountability Bill 2027: assessment report"), "");
    const data = workedExampleReportData();
    const missing = expectedAnswerTexts(data.answers).filter((expected) => !text.includes(squash(expected)));
    if (missing.length) writeFileSync(join(dir, "missing.txt"), missing.join("\n"));
    expect(missing).toEqual([]);
    expect(text).toContain(squash("are based on the UN Guiding Principles"));
    expect(text).toContain(squash("Online Platform Accountability Bill 2027"));

    const info = tool("pdfinfo", [file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Online Platform Accountability Bill 2027: assessment report/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(5);
    console.info(`[pdf] worked example: ${pages} pages, ${Math.round(pdf.byteLength / 1024)} kB, ${file}`);

    expect(tool("pdfinfo", ["-struct", file]).length).toBeGreaterThan(1000); // a structure tree
    // Saved without object streams, so the catalog and annotations are plain text in the file.
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toMatch(/\/Outlines \d+ 0 R/); // bookmarks
    expect(raw).toContain("/Lang (en)");
    expect(raw.match(/\/Subtype \/Link/g)?.length ?? 0).toBeGreaterThanOrEqual(11); // contents links
    expect(tool("pdfdetach", ["-list", file])).toContain("assessment.json");
    expect(tool("pdftotext", ["-f", "1", "-l", "1", file, "-"])).toMatch(/Page 1 of \d+/);

    tool("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "4", file, join(dir, "page")]);
    expect(readdirSync(dir).filter((f) => f.startsWith("page") && f.endsWith(".png")).length).toBe(4);
  });

  it("embeds the export JSON, which imports back losslessly", async () => {
    const data = workedExampleReportData();
    const { pdf } = await renderToFile("roundtrip", data);
    const json = await readJsonAttachment(pdf, 1_000_000);
    const result = readExport(JSON.parse(json!));
    expect(result.ok && result.value.answers).toEqual(data.answers);
    expect(JSON.parse(json!)).toEqual(JSON.parse(JSON.stringify(toExportDocument(data))));
  });

  it("imports back from the PDF file itself through the import route", async () => {
    const data = workedExampleReportData();
    const { pdf } = await renderToFile("import", data);
    const { cookie } = await sessionFor("POLICYMAKER", (await createOrganization()).id);
    const response = await importRoute(
      new Request(`${BASE}/api/assessments/import`, { method: "POST", headers: { cookie, "content-type": "application/pdf" }, body: Buffer.from(pdf) }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(201);
    const { assessment } = (await response.json()) as { assessment: { id: string } };
    expect((await loadAssessmentAnswers(assessment.id)).answers).toEqual(data.answers);
  });

  it("renders Arabic and Chinese answers that pdftotext reads back", async () => {
    const data = workedExampleReportData();
    const arabic = "تضخيم المعلومات المضللة المنسقة أثناء الانتخابات يضر بحق المشاركة في الشؤون العامة";
    const chinese = "推荐系统向儿童推送自残和饮食失调内容，侵犯儿童的健康权和隐私权。";
    data.answers["s1-instrument"]["s1.q02"] = { value: arabic };
    data.answers["s1-rights"]["s1.q05b"] = { value: chinese, note: "请注意少数民族语言的内容审核。" };
    const { file } = await renderToFile("non-latin", data);
    // -raw keeps content-stream order, so a table cell's wrapped lines stay together.
    const text = squash(tool("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"]));
    expect(text).toContain(squash(chinese));
    expect(text).toContain(squash("请注意少数民族语言的内容审核。"));
    // pdftotext reads the lam-alef ligature back as alef-lam; otherwise Arabic comes back in logical order.
    for (const word of arabic.split(" ")) expect(text).toContain(word.replaceAll("لا", "ال"));
    tool("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "3", file, join(dir, "nonlatin")]);
  });

  it("shows script in an answer as literal text and never runs it", async () => {
    const data = workedExampleReportData();
    data.answers["s1-instrument"]["s1.q02"] = { value: `Harm <script>document.title="pwned"</script> <img src=x onerror="document.title='pwned'">` };
    const html = renderReportHtml(data, messages);
    expect(html).not.toContain("<script>document");
    expect(html).toContain("&lt;script&gt;");
    const { file } = await renderToFile("script", data);
    expect(tool("pdfinfo", [file])).not.toContain("pwned");
    expect(squash(tool("pdftotext", [file, "-"]))).toContain(squash(`<script>document.title="pwned"</script>`));
  });
});

describe("without a browser engine", () => {
  it("fails with PDF_ENGINE_MISSING and says how to fix it", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const error = await printPdf({ html: "<p>x</p>" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("PDF_ENGINE_MISSING");
      expect((error as AppError).status).toBe(503);
      expect((error as AppError).message).toContain("apt-get install chromium");
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
