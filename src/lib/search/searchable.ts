/**
 * A built page cut down to what Pagefind reads of it: its <html> tag (the language), and the
 * element marked data-pagefind-body without what Pagefind leaves out of it anyway: elements
 * marked data-pagefind-ignore, inline charts and style sheets. Of the 40 KB of markup of a
 * period page, Pagefind indexes a few; it parsed all of them on every build. A page without
 * data-pagefind-body gives undefined: Pagefind indexes none of those while another page has
 * one, and every page of the report that should be found has one.
 *
 * The page is read tag by tag, each tag past its quoted attributes, where a hostile label
 * may hold "<svg>" or "</main>" (Astro escapes only & and " there); text holds no "<" of its
 * own. Style sheets and scripts end at their first closing tag, as a browser reads them. A
 * tag closed by "/>" has no content: Astro writes that only for void and SVG elements. An
 * ignored element with Pagefind attributes inside it (a filter, a meta field, which
 * Pagefind still reads there) is kept whole, for Pagefind to read as it would.
 */
export function searchable(html: string): string | undefined {
  const tokens = new RegExp(TOKEN.source, "g");
  let root = "<html>";
  let body: { name: string; depth: number } | undefined;
  let left: { name: string; depth: number; from: number; readByPagefind: boolean } | undefined;
  const parts: string[] = [];
  let kept = 0;
  let match: RegExpExecArray | null;
  while ((match = tokens.exec(html))) {
    const [tag, closing, opening] = match;
    if (opening !== undefined) {
      const name = opening.toLowerCase();
      const empty = tag.endsWith("/>") || VOID.has(name);
      if (RAW_TEXT.has(name) && !empty) {
        const end = rawTextEnd(html, name, tokens.lastIndex, match.index);
        if (body && !left && name === "style") {
          parts.push(html.slice(kept, match.index));
          kept = end;
        }
        tokens.lastIndex = end;
      } else if (!body) {
        if (name === "html") root = tag;
        if (BODY.test(attributeNames(tag))) {
          body = { name, depth: 1 };
          kept = match.index;
        }
      } else if (left) {
        if (name === left.name && !empty) left.depth++;
        if (PAGEFIND.test(attributeNames(tag))) left.readByPagefind = true;
      } else if (name === "svg" || IGNORED.test(attributeNames(tag))) {
        left = { name, depth: 1, from: match.index, readByPagefind: name !== "svg" && PAGEFIND_INSIDE.test(attributeNames(tag)) };
        if (empty) left = leave(left, tokens.lastIndex);
      } else if (name === body.name && !empty) body.depth++;
    } else if (closing !== undefined && body) {
      const name = closing.toLowerCase();
      if (left) {
        if (name === left.name && --left.depth === 0) left = leave(left, tokens.lastIndex);
      } else if (name === body.name && --body.depth === 0) {
        parts.push(html.slice(kept, tokens.lastIndex));
        return `<!DOCTYPE html>${root}<head><meta charset="utf-8"></head><body>${parts.join("")}</body></html>`;
      }
    }
  }
  if (!body) return undefined;
  throw new Error(`the <${body.name}> marked data-pagefind-body is never closed`);

  // Cuts an element Pagefind leaves out, unless it holds something Pagefind reads there.
  function leave(element: NonNullable<typeof left>, end: number): undefined {
    if (!element.readByPagefind || element.name === "svg") {
      parts.push(html.slice(kept, element.from));
      kept = end;
    }
    return undefined;
  }
}

/** Where a <style> or <script> whose opening tag ends at `from` ends: past its closing tag. */
function rawTextEnd(html: string, name: string, from: number, opensAt: number): number {
  const close = new RegExp(`</${name}[^>]*>`, "gi");
  close.lastIndex = from;
  if (!close.exec(html)) throw new Error(`the <${name}> that opens at character ${opensAt} of a page is never closed`);
  return close.lastIndex;
}

/** The tag with its quoted attribute values emptied, so that only names can match. */
function attributeNames(tag: string): string {
  return tag.includes('"') || tag.includes("'") ? tag.replace(/"[^"]*"|'[^']*'/g, '""') : tag;
}

// A closing tag (its name in group 1), an opening one (its name in group 2, read past its
// quoted attributes), or a comment or doctype.
const TOKEN = /<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?-->|<![^>]*>/;
const BODY = /\sdata-pagefind-body(?=[\s=>/])/;
const IGNORED = /\sdata-pagefind-ignore(?=[\s=>/])/;
const PAGEFIND = /\sdata-pagefind-/;
// On the ignored element itself, only what Pagefind reads besides "ignore".
const PAGEFIND_INSIDE = /\sdata-pagefind-(?!ignore(?=[\s=>/]))/;
const RAW_TEXT = new Set(["script", "style"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
