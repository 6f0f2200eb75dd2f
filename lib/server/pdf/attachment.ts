import "server-only";
import { inflateSync } from "node:zlib";
import { AFRelationship, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString } from "pdf-lib";

export const ATTACHMENT_NAME = "assessment.json";

/**
 * Adds the assessment's JSON as an embedded file. Chromium's tagging (structure tree, MarkInfo,
 * language) lives in the catalog, which pdf-lib keeps as is; the tests check "Tagged: yes" survives.
 */
export async function embedJson(pdf: Uint8Array, json: string, description: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  await document.attach(new TextEncoder().encode(json), ATTACHMENT_NAME, {
    mimeType: "application/json",
    description,
    afRelationship: AFRelationship.Data,
  });
  return document.save({ useObjectStreams: false });
}

const asString = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

/** Reads the embedded assessment.json of an exported PDF, or undefined when there is none. */
export async function readJsonAttachment(pdf: Uint8Array, maxBytes: number): Promise<string | undefined> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: false });
  const names = document.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
  const files = names?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  const list = files?.lookupMaybe(PDFName.of("Names"), PDFArray);
  if (!list) return undefined;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    if (asString(list.lookup(i)) !== ATTACHMENT_NAME) continue;
    const spec = list.lookupMaybe(i + 1, PDFDict);
    const stream = spec?.lookupMaybe(PDFName.of("EF"), PDFDict)?.lookup(PDFName.of("F"));
    if (!(stream instanceof PDFRawStream)) return undefined;
    return new TextDecoder().decode(inflateCapped(stream, maxBytes));
  }
  return undefined;
}

// Inflating with a cap (zlib throws RangeError past maxOutputLength), so a compressed bomb inside
// a small PDF cannot exhaust memory.
function inflateCapped(stream: PDFRawStream, maxBytes: number): Uint8Array {
  const filter = stream.dict.get(PDFName.of("Filter"));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  if (filters.length === 0) {
    if (stream.contents.byteLength > maxBytes) throw new RangeError("attachment too large");
    return stream.contents;
  }
  if (filters.length > 1 || filters[0] !== PDFName.of("FlateDecode")) throw new TypeError("unsupported attachment encoding");
  return inflateSync(stream.contents, { maxOutputLength: maxBytes });
}
