/**
 * A built page as the search index should read it. Astro writes pages with no whitespace
 * between tags, and Pagefind runs together the words of elements it does not take for
 * blocks: a term and its value ("Counted in" + "decisions"), a figure and the unit shown on
 * the line below it. A space after every closing tag that another element follows keeps
 * the words apart, as a reader sees them. Tags are read whole, quoted attributes included,
 * so that a "</b><i>" inside an attribute (a hostile label in a title) is left as it is;
 * text that goes on right after a closing tag (a comma, a word) is not touched.
 */
export function spacedOut(html: string): string {
  return html.replace(TAG, (tag: string, closing?: string) => (closing ? `${closing} ` : tag));
}

// A closing tag that an opening one follows, or any other tag, read past its quoted attributes.
const TAG = /(<\/[a-zA-Z][\w-]*>)(?=<[a-zA-Z])|<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
