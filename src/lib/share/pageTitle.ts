/** Search engines and browser tabs show about this many characters of a <title>. */
export const TITLE_LIMIT = 65;

/**
 * A page's <title> within TITLE_LIMIT characters: the page's title and the site's name; the
 * title alone; its `short` form (a period page's period, without the headline) with the
 * site's name, or alone; failing all of these, the title cut at a word with an ellipsis.
 * The page's full title stays in its <h1>, its social card and its metadata.
 */
export function pageTitle(title: string, siteName: string, separator: string, short?: string): string {
  const fits = (text: string) => [...text].length <= TITLE_LIMIT;
  const candidates = [`${title}${separator}${siteName}`, title, ...(short ? [`${short}${separator}${siteName}`, short] : [])];
  const chosen = candidates.find(fits);
  if (chosen) return chosen;
  const characters = [...(short ?? title)].slice(0, TITLE_LIMIT - 1).join("");
  const cut = characters.lastIndexOf(" ");
  return `${(cut > 0 ? characters.slice(0, cut) : characters).replace(/[\s,:;–—-]+$/u, "")}…`;
}
