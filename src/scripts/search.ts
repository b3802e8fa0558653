/**
 * The search box of /search/, the one script the site runs. It reads the Pagefind index that
 * `npm run build` writes into /pagefind/; Pagefind picks the index of the page's <html lang>,
 * so each edition searches its own pages. Every word it shows comes from the page (data-
 * attributes written from the edition's catalog). Without JavaScript none of this runs and
 * the page is the list from A to Z.
 */

/** The part of Pagefind's browser API used here (pagefind.app/docs/api/). */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data: () => Promise<PagefindPage> }[] }>;
  debouncedSearch(query: string): Promise<{ results: { data: () => Promise<PagefindPage> }[] } | null>;
}
interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

/** Results shown at once, and added by each "more": a page's result costs a request of its own. */
const BATCH = 20;

const form = document.querySelector<HTMLFormElement>("form.search-form");
const results = document.querySelector<HTMLElement>(".search-results");
if (form && results) start(form, results);

function start(form: HTMLFormElement, results: HTMLElement) {
  const words = form.dataset;
  const input = form.querySelector("input")!;
  const status = results.querySelector("p")!;
  const list = results.querySelector("ol")!;
  const more = results.querySelector("button")!;
  const count = new Intl.NumberFormat(words.locale);
  let pagefind: Promise<Pagefind> | undefined;
  let shown: { data: () => Promise<PagefindPage> }[] = [];
  let last = "";

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${words.bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: words.base! });
      return module;
    }));

  async function run(query: string, debounce: boolean) {
    const term = query.trim();
    if (term === last) return;
    last = term;
    const url = new URL(location.href);
    if (term) url.searchParams.set("q", term);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!term) {
      results.hidden = true;
      return;
    }
    try {
      const api = await load();
      const found = debounce ? await api.debouncedSearch(term) : await api.search(term);
      // A newer query is on its way, or has already been answered.
      if (found === null || term !== last) return;
      shown = found.results;
      list.replaceChildren();
      status.textContent = shown.length === 0 ? words.none! : `${words.found} ${count.format(shown.length)}`;
      results.hidden = false;
      await showMore();
    } catch {
      status.textContent = words.failed!;
      results.hidden = false;
    }
  }

  async function showMore() {
    const current = shown;
    more.hidden = true;
    const pages = await Promise.all(current.slice(list.children.length, list.children.length + BATCH).map((r) => r.data()));
    if (current !== shown) return;
    list.append(...pages.map(item));
    more.hidden = list.children.length >= shown.length;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value, false);
  });
  input.addEventListener("input", () => void run(input.value, true));
  input.addEventListener("focus", () => void load(), { once: true });
  more.addEventListener("click", () => void showMore());

  form.hidden = false;
  const query = new URL(location.href).searchParams.get("q");
  if (query) {
    input.value = query;
    void run(query, false);
  }
}

/** One result: the page's title, linked, and the passage that matched. */
function item(page: PagefindPage): HTMLLIElement {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.meta.title ?? page.url;
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(page.excerpt));
  li.append(link, excerpt);
  return li;
}

/**
 * Pagefind's excerpt is the page's text, entity-encoded, with <mark> around the words found.
 * It is rebuilt here from text and <mark> alone, so that nothing else it might hold reaches
 * the page (a <template>'s content is parsed but never run or loaded).
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}
