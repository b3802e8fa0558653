import { ticks } from "d3-array";

/**
 * Sizes shared by every chart. Charts are drawn at one width and scale down with the page:
 * on a 390 px phone they shrink to about three quarters, so text is drawn large enough to
 * stay legible there (15 px becomes about 11.5 px).
 */
export const CHART_WIDTH = 460;
export const FONT_SIZE = 15;
export const LINE_HEIGHT = 1.2;

/**
 * Plot has no text metrics on the server, so margins and line breaks use an estimate of a
 * sans-serif character's width, on the generous side so that labels never collide.
 */
const CHARACTER_WIDTH = 0.6;

export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * CHARACTER_WIDTH;
}

/**
 * Tick values for a value axis `pixels` wide: as many as fit without their labels touching.
 * d3's tick count is only a hint (asking for 4 can give 7), so fewer are asked for until
 * the labels fit.
 */
export function fittingTicks([start, stop]: [number, number], pixels: number, format: (value: number) => string, wanted = 5): number[] {
  for (let count = wanted; count > 1; count--) {
    const values = ticks(start, stop, count);
    const widest = Math.max(...values.map((v) => textWidth(format(v))));
    if (values.length * (widest + 12) <= pixels) return values;
  }
  return [start, stop];
}

/** Breaks `text` into lines that fit `width` pixels, at spaces; a single long word keeps its own line. */
export function wrapText(text: string, width: number, fontSize = FONT_SIZE): string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHARACTER_WIDTH)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
