import type { APIRoute, GetStaticPaths } from "astro";
import { getEntry } from "astro:content";
import { renderCard } from "../../lib/cards/renderCard.ts";
import { indicatorMetrics } from "../../lib/charts/indicators.ts";
import { pagePeriods } from "../../lib/periods/timeline.ts";
import { homeCard, indicatorCard, periodCard, yearCard, type PageCard } from "../../lib/share/cardSpecs.ts";
import { yearPeriods, yearsCovered } from "../../lib/years/yearPeriods.ts";
import { getDataset, getDerived } from "../../lib/site.ts";

/** One 1200×630 PNG per period, indicator and year page, and one for the home page. */
export const getStaticPaths = (async () => {
  const dataset = getDataset();
  const cards: PageCard[] = [homeCard(dataset)];
  for (const period of pagePeriods(dataset)) {
    const narrative = await getEntry("narratives", period.id);
    cards.push(periodCard(dataset, getDerived(), period, narrative?.data.title));
  }
  for (const metric of indicatorMetrics(dataset)) cards.push(indicatorCard(dataset, metric));
  for (const year of yearsCovered(dataset)) {
    const summary = await getEntry("years", year);
    const published = yearPeriods(dataset, year).periods.filter((p) => !p.flags.includes("derived"));
    cards.push(yearCard(dataset, year, published, summary?.data.title));
  }
  return cards.map((card) => ({ params: { card: card.page.replace(/^\/|\/$/g, "") }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: PageCard }).card.spec);
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
