import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { opaquePng } from "./png.ts";

/** What a social card shows: where it belongs, a headline, and up to three figures. */
export interface CardSpec {
  kicker: string;
  title: string;
  figures: { value: string; label: string }[];
  /** The line at the foot of every card: what the site is. */
  footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

// Noto Sans, self-hosted from npm: its Latin Extended subset carries ə, ğ, ı, ş and the
// other letters of Azerbaijani, its Cyrillic subset the Russian edition. Satori reads WOFF
// but not WOFF2.
const fontFile = (name: string) => readFileSync(createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/${name}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: "Noto Sans", data: fontFile("noto-sans-latin-400-normal.woff"), weight: 400, style: "normal" },
    { name: "Noto Sans Ext", data: fontFile("noto-sans-latin-ext-400-normal.woff"), weight: 400, style: "normal" },
    { name: "Noto Sans", data: fontFile("noto-sans-latin-700-normal.woff"), weight: 700, style: "normal" },
    { name: "Noto Sans Ext", data: fontFile("noto-sans-latin-ext-700-normal.woff"), weight: 700, style: "normal" },
    { name: "Noto Sans Cyrillic", data: fontFile("noto-sans-cyrillic-400-normal.woff"), weight: 400, style: "normal" },
    { name: "Noto Sans Cyrillic", data: fontFile("noto-sans-cyrillic-700-normal.woff"), weight: 700, style: "normal" },
  ];
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type: "div", props: { style: { display: "flex", ...style }, children } });

/** The card as a 1200×630 PNG, made at build time. */
export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const svg = await cardSvg(spec);
  // Satori has already turned the text into paths: resvg needs no fonts of its own.
  const image = new Resvg(svg, { fitTo: { mode: "width", value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  return opaquePng(image.pixels, image.width, image.height) ?? image.asPng();
}

/** The card as SVG, its text already drawn as glyph outlines (a letter no font has is left out). */
export async function cardSvg(spec: CardSpec): Promise<string> {
  const tree = box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#ffffff", color: "#1b1f24", fontFamily: "Noto Sans, Noto Sans Ext, Noto Sans Cyrillic", borderTop: "16px solid #0b5cad" },
    box({ flexDirection: "column" },
      box({ fontSize: 28, color: "#545d68", textTransform: "uppercase", letterSpacing: 2 }, spec.kicker),
      box({ fontSize: 60, fontWeight: 700, lineHeight: 1.1, marginTop: 16 }, spec.title),
    ),
    box({ gap: 32 },
      ...spec.figures.slice(0, 3).map((f) =>
        box({ flexDirection: "column", flex: 1, borderLeft: "6px solid #0b5cad", paddingLeft: 20 },
          box({ fontSize: 52, fontWeight: 700 }, f.value),
          box({ fontSize: 24, color: "#545d68", lineHeight: 1.25 }, f.label),
        ),
      ),
    ),
    box({ fontSize: 24, color: "#545d68" }, spec.footer),
  );
  return satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
}
