import type { Edition } from "../editionPaths.ts";
import { rich } from "../rich.ts";
import { paths } from "../../url.ts";

/** The words of the parts that several pages share. */
export const components = {
  /** A page with no narrative in this language, that has one in others: the languages, linked. */
  commentaryIn: rich((languages: { text: string; href: string; edition: Edition }[]) => [
    "Bu rəqəmlərə şərh hələ azərbaycan dilində yazılmayıb; onu bu dillərdə oxumaq olar: ",
    ...languages.flatMap((language, i) => (i === 0 ? [language] : [", ", language])),
    ".",
  ]),
  figureTable: {
    figure: "Göstərici",
    value: "Dəyər",
    source: "Mənbə",
    comparedWith: (period: string) => `${period} ilə müqayisədə, mənbədə verildiyi kimi`,
    computedBy: (formula: string) => `Bu hesabat tərəfindən hesablanıb: ${formula}`,
    stated: "bildirilən",
    computedUnit: (unit: string) => `${unit}, hesablanmış`,
    notGiven: "verilməyib",
    from: "mənbə: ",
    /** Under a value that changed since first published; the change and its reason are under the figure's name. */
    revisedTag: "yenilənib",
    revised: (p: { date: string; kind: string; old: string }) => `${p.date} tarixində yenilənib (${p.kind}); əvvəl ${p.old} idi.`,
    line: (line: string) => `sətir ${line}`,
  },
  notices: { seeAlso: "Həmçinin bax:" },
  pager: {
    label: "Qonşu dövrlər",
    earlier: "Əvvəlki",
    later: "Sonrakı",
    onTimeline:
      "Dövrlər bitdikləri günə görə ardıcıl düzülür: altıaylıq, doqquzaylıq və ya illik yekun daxil etdiyi son aydan dərhal sonra gəlir.",
    offTimeline: "Bu blok zaman oxunda yerləşdirilmir, çünki mənbə onun hansı dövrü əhatə etdiyini demir.",
    allPeriods: "Bütün dövrlər",
  },
  notesSection: {
    heading: "Rəqəmlərə dair qeydlər",
    footer: rich(() => ["Bu qeydlər sayt hər dəfə yaradılanda rəqəmlərdən hesablanır. ", { text: "Bütün qeydlər, mənbələr və metodika", href: paths.notes() }, "."]),
  },
};
