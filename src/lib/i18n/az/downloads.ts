/**
 * What each column of the download files holds, file by file (the column names are codes).
 * The codes a column takes as values stay as they are in the files, each glossed.
 */
const kinds = "month (ay), half-year (altı ay), nine-months (doqquz ay), year (il), snapshot (bir gün) və ya unknown (dövr göstərilməyib)";

export const downloads = {
  columns: {
    observations: {
      period: "dövrün identifikatoru, səhifə ünvanındakı kimi: /periods/<id>/",
      period_label: "dövrün adı",
      period_kind: kinds,
      period_start: "əhatə olunan ilk gün (İİİİ-AA-GG); mənbə dövrü göstərmədikdə boşdur",
      period_end: "əhatə olunan son gün (İİİİ-AA-GG)",
      metric: "göstəricinin identifikatoru (bax: metrics.csv)",
      metric_label: "göstəricinin adı",
      unit: "nə sayılır",
      value: "rəqəm, sadə ədəd kimi",
      raw: "rəqəm mənbədə yazıldığı kimi (hesablanmış rəqəmlər üçün boşdur)",
      document: "mənbə sənədinin identifikatoru (bax: Mənbələr səhifəsi)",
      line: "mənbə sənədində rəqəmi verən sətir",
      vs: "mənbənin bildirdiyi faiz dəyişikliyi üçün: müqayisə olunan dövr",
      note: "rəqəmə dair qeydlər",
      formula: "bu hesabatın hesabladığı rəqəm üçün: necə hesablandığı (dərc olunmuş rəqəmlər üçün boşdur)",
    },
    metrics: {
      id: "göstəricinin identifikatoru",
      label: "göstəricinin adı",
      unit: "nə sayılır",
      group: "mövzu",
      parent: "bu göstəricinin hissəsi olduğu ümumi göstərici (varsa)",
      claim: "change (dəyişiklik) və ya share (pay): mənbənin bildirdiyi faiz",
      claim_of: "bildirilən faizin aid olduğu göstərici",
      definition: "göstəricinin nəyi ölçdüyü",
    },
    periods: {
      id: "dövrün identifikatoru",
      label: "dövrün adı",
      kind: kinds,
      start: "əhatə olunan ilk gün",
      end: "əhatə olunan son gün",
      document: "mənbə sənədinin identifikatoru",
      lines: "sənəddə dövrün rəqəmlərinin yerləşdiyi sətirlər",
      source_label: "mənbənin dövrü necə adlandırdığı",
      flags: "duplicate-label (ad mənbədə iki dəfə işlədilib), unknown-period (dövr göstərilməyib) və ya derived (bu hesabat tərəfindən hesablanıb), boşluqla ayrılmış",
      shown_on: "müqayisə dövrləri üçün: onları göstərən dövr səhifəsi",
    },
  },
};
