import { readFileSync } from "node:fs";

/** A source text that cannot be read as one: missing, empty, or not UTF-8 text. */
export class SourceTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourceTextError";
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** `text` without the byte-order mark editors on Windows may start a file with: it is not part of the text. */
export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, "");
}

/**
 * The text of an SMS document saved as a file, byte-order mark dropped. Refuses, with one
 * line that says what to do, a file that is missing, empty, or binary (a PDF or a Word
 * file saved under a .txt name), so that no command reads garbage as figures.
 */
export function readSourceText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceTextError(code === "EISDIR" ? `${path} is a folder: give the .txt file of the text` : `${path} does not exist: check the path (save the text as a .txt file first)`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SourceTextError(`${path} is not a UTF-8 text file: save the document as plain text (UTF-8) and try again`);
  }
  if (text.includes("\u0000")) throw new SourceTextError(`${path} is a binary file, not text: save the document as plain text (UTF-8) and try again`);
  text = withoutBom(text);
  if (text.trim() === "") throw new SourceTextError(`${path} is empty: save the document's text into it first`);
  return text;
}

/** The number of lines of `text`, as citations count them (a final line break starts no new line). */
export function lineCount(text: string): number {
  return text.split(/\r?\n/).length - (/\r?\n$/.test(text) ? 1 : 0);
}
