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
      value: "rəqəm, sadə ədəd kimi, unit sütunundakı vahidlə",
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
    /** SDMX-CSV faylları (sdmx.csv, periods/<id>.sdmx.csv): sütun adları SDMX anlayışlarının identifikatorlarıdır. */
    sdmx: {
      STRUCTURE: "həmişə dataflow: hər sətir bir məlumat axınının (dataflow) müşahidəsidir",
      STRUCTURE_ID: "məlumat axını: agentlik, identifikator və versiya",
      ACTION: "həmişə I (məlumat): fayl verilənləri təsvir edir, heç bir bazadan dəyişiklik istəmir",
      REPORTING_PERIOD: "ölçü: dövrün identifikatoru (kodlar siyahısı: periods.csv)",
      INDICATOR: "ölçü: göstəricinin identifikatoru (kodlar siyahısı: metrics.csv)",
      UNIT_MEASURE: "ölçü: vahidin identifikatoru, rəqəmin nəyi saydığı (metrics.csv faylının unit sütunu)",
      OBS_VALUE: "rəqəm, sadə ədəd kimi, UNIT_MEASURE vahidi ilə",
      OBS_STATUS: "A: DMX-nin dərc etdiyi rəqəm; I: bu hesabatın dərc olunmuş rəqəmlərdən hesabladığı rəqəm (SDMX kodlar siyahısı CL_OBS_STATUS)",
      COMPARED_WITH: "mənbənin göstərdiyi faiz dəyişikliyi üçün: müqayisə olunan dövr (dövrün identifikatoru)",
      COMMENT_OBS: "rəqəmə dair qeydlər; hesablanmış rəqəm üçün onun necə hesablandığı",
    },
    /** Qrafik faylları (/charts/<id>.csv); hər qrafik növünün öz sütunları var. */
    chart: {
      period: "dövrün identifikatoru (bax: periods.csv); cəmin sadalanan hissələrdən kənarda qalan payı üçün boşdur",
      metric: "göstəricinin identifikatoru (bax: metrics.csv); cəmin sadalanan hissələrdən kənarda qalan payı üçün boşdur",
      label: "sətrin göstərdiyi, sözlə",
      topic: "rəqəmin mövzusu, sözlə",
      value: "rəqəm, sadə ədəd kimi, göstəricinin vahidi ilə",
      status: "rəqəmin mənşəyi: dərc olunub, bu hesabatda hesablanıb və ya mənbənin aydın adlandırmadığı dövr üçün dərc olunub",
      start: "dövrün ilk günü (İİİİ-AA-GG)",
      end: "dövrün son günü (İİİİ-AA-GG)",
      before_period: "əvvəlki dövr (dövrün identifikatoru)",
      before: "əvvəlki dövrün rəqəmi",
      after_period: "sonrakı dövr (dövrün identifikatoru)",
      after: "sonrakı dövrün rəqəmi",
      percent_change: "əvvəlki rəqəmdən sonrakına dəyişiklik, faizlə, bu hesabatda hesablanıb",
      vs_period: "mənbənin müqayisə etdiyi dövr (dövrün identifikatoru)",
      percent_change_stated: "faiz dəyişikliyi, mənbənin göstərdiyi kimi",
    },
  },
};
