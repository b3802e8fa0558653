import type { Dataset, SourceDocument } from "../dataset/types.ts";

/**
 * The document of documents.yaml that a text file is, by its file name, and checked against
 * the number of lines the document records: every figure ingested is cited to that
 * document's lines, so a text that is not the document would give citations that point at
 * other words. Returns the document, or why the file cannot be ingested and what to do.
 */
export function documentForText(
  documents: Dataset["documents"],
  text: { fileName: string; lines: number },
  requested: string | undefined,
  documentsFile: string,
): SourceDocument | string {
  const byName = documents.find((d) => d.file === text.fileName);
  if (requested !== undefined) {
    const named = documents.find((d) => d.id === requested);
    if (!named) return `unknown document "${requested}": add it to ${documentsFile} first (id, file: ${text.fileName}, title, number_format, lines: ${text.lines})`;
    if (named !== byName) return `document "${requested}" is the text ${named.file} in ${documentsFile}, not ${text.fileName}: ingest ${named.file}, or give this text its own entry with file: ${text.fileName}`;
  }
  if (!byName)
    return `${text.fileName} is not a document of ${documentsFile}: add it there first (id, file: ${text.fileName}, title, number_format, lines: ${text.lines}), so that its figures are cited to it`;
  if (byName.lines !== text.lines)
    return `${text.fileName} has ${text.lines} lines, but ${documentsFile} records ${byName.lines} for ${byName.id}: this is not the text its citations count lines in; if it is a new text, give it an entry of its own`;
  return byName;
}
