import "server-only";
import { AppError } from "../errors";
import { readBodyCapped } from "../http";
import { readJsonAttachment } from "../pdf/attachment";

export const MAX_IMPORT_PDF_BYTES = 5_000_000;
const MAX_ATTACHMENT_BYTES = 1_000_000;

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The PDF is larger than the ${MAX_IMPORT_PDF_BYTES / 1_000_000} MB limit.`);
const notExport = () =>
  new AppError("IMPORT_UNSUPPORTED_FORMAT", "This PDF does not contain UNGPs Compass assessment data. Import a PDF exported by UNGPs Compass, or its JSON file.");


/** The export document embedded in an uploaded PDF (parsed JSON, still untrusted). */
export async function readImportPdf(request: Request): Promise<unknown> {
  const bytes = await readBodyCapped(request, MAX_IMPORT_PDF_BYTES, tooLarge);
  if (new TextDecoder().decode(bytes.subarray(0, 5)) !== "%PDF-") throw notExport();
  let json: string | undefined;
  try {
    json = await readJsonAttachment(bytes, MAX_ATTACHMENT_BYTES);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError("PAYLOAD_TOO_LARGE", "The assessment data inside this PDF is larger than the 1 MB limit.");
    throw notExport();
  }
  if (json === undefined) throw notExport();
  try {
    return JSON.parse(json);
  } catch {
    throw new AppError("INVALID_JSON", "The assessment data inside this PDF is not valid JSON.");
  }
}
