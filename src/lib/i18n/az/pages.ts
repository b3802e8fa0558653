import { rich } from "../rich.ts";
import { glossary } from "./glossary.ts";
import { plural, dateInWords, inflect, inflectCompound, ordinal, year } from "./plural.ts";
import { paths } from "../../url.ts";

type Link = { label: string; href: string };

const g = (term: keyof typeof glossary) => glossary[term].term;
/** "Dövlət Miqrasiya Xidmətinin": the Service as the owner of what it publishes. */
const servicesOwn = inflectCompound(g("State Migration Service"), "genitive");
/** The first letter in capitals, as Azerbaijani writes it ("i" -> "İ"). */
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase("az") + text.slice(1);

/** The words of each page, page by page. */
export const pages = {
  home: {
    title: "Ana səhifə",
    description: `Azərbaycan ${servicesOwn} dərc etdiyi statistika dövrlər üzrə; hər rəqəmin mənbəyi göstərilir.`,
    eyebrow: "Rəsmi rəqəmlərin müstəqil oxunuşu",
    heading: "Azərbaycanın miqrasiya statistikası, rəqəm-rəqəm",
    lede: (p: { figures: string; periods: string; first: string; latest: string }) =>
      `Azərbaycan ${g("State Migration Service")} yaşamaq üçün icazələr, qeydiyyat, vətəndaşlıq, ${g("irregular migration")} və göstərdiyi xidmətlər barədə mətbuat konfranslarında və aylıq bülletenlərdə məlumat verir. Bu hesabat həmin rəqəmlərdən ${p.figures} rəqəmi ${p.first} və ${p.latest} arasındakı ${p.periods} ${g("reporting period")} üzrə bir yerə toplayır və hər birini onu verən sətrə istinadla göstərir.`,
    latest: rich((latest: Link) => ["Son dövr: ", { text: latest.label, href: latest.href }]),
    allFigures: (label: string) => `${capitalise(label)} üzrə bütün rəqəmlər`,
    trends: "Aybaay",
    trendsLede: (span: string) => `Əsas göstəricilər mənbələrin verdiyi hər ay üzrə, ${span}. Hər diaqram sıfırdan başlayır və öz miqyasına malikdir; son ay tam rənglə seçilir.`,
    multipleLabel: (p: { metric: string; span: string }) => `Zaman üzrə sütunlu diaqram: ${p.metric}, aylar üzrə, ${p.span}`,
    latestFigure: (p: { unit: string; period: string }) => `${p.unit}, ${p.period}`,
    changeOn: (p: { change: string; previous: string }) => `${p.previous} ilə müqayisədə ${p.change}`,
    onlyMonth: "mənbələrdə bu rəqəmin verildiyi yeganə ay",
    changes: (period: string) => `${capitalise(period)} hesabata nə əlavə etdi`,
    figuresAdded: rich((p: { count: number; figures: string; period: string; document: Link; lines: string }) => [
      `${p.period} üzrə ${p.figures} rəqəm; mənbə: `,
      { text: p.document.label, href: p.document.href },
      `, sətirlər ${p.lines}.`,
    ]),
    companionsAdded: (p: { count: number; figures: string; periods: string }) => `Onlarla yanaşı verilən ${p.periods} üzrə ${p.figures} rəqəm.`,
    firstFigures: (p: { count: number; period: string }) => `Hesabatın yalnız ${p.period} üzrə verdiyi, başqa heç bir dövr üzrə vermədiyi ${p.count === 1 ? "göstərici" : "göstəricilər"}:`,
    leftOut: (p: { count: number; period: string; previous: string }) => `${capitalise(p.previous)} üzrə verilən, lakin ${p.period} üzrə verilməyən ${p.count === 1 ? "göstərici" : "göstəricilər"}:`,
    notes: (p: { count: number; notes: string }) => `Bu rəqəmlərə aid ${p.notes} keyfiyyət qeydi:`,
    noNotes: "Bu rəqəmlərə aid keyfiyyət qeydi yoxdur.",
    byYear: "Bütün dövrlər, il-il",
    yearLink: (y: string) => `${y}: ilin xülasəsi`,
    explore: "Bölmələr",
    links: [
      rich(() => [{ text: "Bütün hesabat dövrləri", href: paths.periods() }, ": aylar, yarımillər və illər, ardıcıllıqla."]),
      rich(() => [{ text: `${g("State Migration Service")} haqqında`, href: paths.about() }, ": nə vaxt yaradılıb, nə ilə məşğuldur, necə qurulub."]),
      rich(() => [{ text: "Mənbələr və metodika", href: paths.sources() }, ": sənədlər, rəqəmlərin necə köçürüldüyü və yoxlanıldığı."]),
    ],
  },
  periods: {
    title: "Bütün dövrlər",
    description: `Bu hesabatın əhatə etdiyi ${servicesOwn} bütün hesabat dövrləri, ən yenisindən başlayaraq.`,
    lede: "Xidmət ayrı-ayrı aylar, altı və doqquz ay üzrə artan yekunlar, habelə bütöv illər barədə məlumat verir. Artan yekunlar daxil etdikləri aylarla üst-üstə düşür, ona görə də yalnız eyni növ dövrləri müqayisə edin.",
    dated: "Zaman oxunda, ən yenisindən başlayaraq",
    undated: "Zaman oxundan kənarda",
    columns: { period: "Dövr", kind: "Növ", covers: "Əhatə edir", figures: "Rəqəmlər", note: "Qeyd" },
  },
  period: {
    description: (p: { period: string; figures: string; count: number; derived: boolean }) =>
      `${p.period}: ${p.derived ? `Azərbaycan ${servicesOwn} rəqəmlərindən bu hesabat tərəfindən hesablanmış` : `Azərbaycan ${servicesOwn} dərc etdiyi`} ${p.figures} ${plural(p.count, "rəqəm")}, hər biri onu verən sətrə istinadla.`,
    title: (period: string, headline: string) => `${period}: ${headline}`,
    eyebrow: (period: string, kind: string) => `${period} · ${kind}`,
    covers: "Əhatə etdiyi dövr",
    computedAs: "Hesablanma qaydası",
    namedAtSource: "Mənbədəki adı",
    quoted: (label: string) => `“${label}”`,
    source: "Mənbə",
    lines: (from: string, to: string) => `, sətirlər ${from}–${to}`,
    inSeries: "Sırada yeri",
    /** "Zaman oxundakı 10 aydan 9-cusu;" — the ordinal, in the possessive, closes the phrase. */
    position: (p: { position: string; of: string; kinds: string }) => `Zaman oxundakı ${p.of} ${p.kinds} ${ordinal(p.position, { possessive: true })};`,
    newer: "daha yenisi var:",
    latestOfKind: "öz növünün sonuncusu",
    built: "Səhifənin yaradılma tarixi",
    published: "Hesabatda ilk dərc",
    lastChanged: "Rəqəmlərin son dəyişikliyi",
    unchangedSince: "ilk dərcdən bəri dəyişməyib",
    comparedWith: "Müqayisə dövrü",
    comparedWithText: (periods: string) => `${periods}, eyni sənəddə verildiyi kimi`,
    narrative: "Rəqəmlər nə deyir",
    charts: "Rəqəmlər qrafiklərdə",
    figures: "Bu dövr üçün dərc olunmuş rəqəmlər",
    figuresIntro:
      "Ümumi sayın hissələri onun altında içəridən verilir. Hər rəqəm onu verən mənbə sənədinin sətrinə keçid edir. Kursivlə verilmiş faiz dəyişiklikləri və paylar mənbənin öz ifadələridir və mənbədəki kimi verilir; göstəricinin tərifini görmək üçün adının üzərinə gəlin və ya onu seçin.",
    companionHeading: (kind: string, label: string) => `${kind}: ${label}`,
  },
  years: {
    title: "İllər",
    description: `Bu hesabatda ${servicesOwn} statistikasının əhatə etdiyi hər il üçün illik xülasə, ən yenisindən başlayaraq.`,
    lede: "Hər il üçün bir xülasə, ən yenisindən başlayaraq, mənbələrin həmin il üçün verdiyi dövrlərlə birlikdə. Mənbələr yalnız bəzi illər üçün bütöv il üzrə rəqəm verir; digər illər üçün xülasə hansı ayların və artan yekunların mövcud olduğunu göstərir və heç nəyi toplamır.",
    heading: (y: string, headline?: string) => `${year(y)}${headline ? `: ${headline}` : ""}`,
    complete: "Bütöv il üzrə dərc olunub",
    incomplete: "Natamam: bütün il üzrə rəqəm yoxdur",
  },
  year: {
    runningTitle: (y: string, report: string) => `${year(y)} · İllik xülasə · ${report}`,
    title: (y: string, heading: string) => `${year(y)}: ${heading}`,
    defaultHeading: (y: string) => `${year(y)} rəqəmlərdə`,
    description: (y: string) => `Azərbaycan ${servicesOwn} ${year(y)} üzrə dərc etdikləri, dövr-dövr, hər rəqəm mənbəyinə istinadla.`,
    eyebrow: (y: string) => `İllik xülasə · ${y}`,
    yearTerm: "İl",
    status: (y: string, complete: boolean) => `${year(y)}: ${complete ? "bütöv il üzrə dərc olunub" : "natamam, bütün il üzrə rəqəm yoxdur"}`,
    periodsCovered: "Əhatə olunan dövrlər",
    built: "Yaradılma tarixi",
    permalink: "Daimi keçid",
    print: "Çap et",
    pdf: "Bu xülasə A4 formatında PDF kimi",
    contents: "Mündəricat",
    whatWeHave: (y: string) => `Hesabatda ${year(y)} üzrə nə var`,
    onPageOf: (kind: string, host: string) => `${kind}, ${host} səhifəsində`,
    counting: rich(() => [
      "İllər dövrün bitdiyi günə görə sayılır, ",
      { text: "bütün dövrlərin siyahısında", href: paths.periods() },
      " olduğu kimi. Tarixsiz blok heç bir ilə aid deyil. ",
      { text: "Bütün illər", href: paths.years() },
      ".",
    ]),
    inBrief: (y: string) => `${year(y)} qısaca`,
    charts: "İl qrafiklərdə",
    tablesIntro: (columns: boolean) =>
      `${columns ? "Hər dövr üçün bir sütun, mənbədə verildiyi kimi. " : ""}Ümumi sayın hissələri onun altında içəridən verilir; hər rəqəm onu verən mənbə sətrinə keçid edir.`,
    notes: "Rəqəmlərə dair qeydlər",
  },
  indicators: {
    title: "Göstəricilər",
    description: (count: string) => `Azərbaycan ${servicesOwn} birdən çox dövr üçün dərc etdiyi ${count} göstərici, hər biri zaman üzrə izlənilir.`,
    intro:
      "Hər səhifə bir göstəricini onun verildiyi bütün dövrlər üzrə qrafikdə göstərir — aylar, artan yekunlar və illər ayrı saxlanılır — və hər dəyəri mənbəyi ilə sadalayır.",
    reach: (p: { periods: string; first?: string; last?: string; undated?: string }) =>
      `${p.periods} dövr${p.first && p.last ? `, ${p.first} – ${p.last}` : ""}${p.undated ? `, üstəlik ${p.undated} tarixsiz` : ""}`,
  },
  indicator: {
    description: (metric: string, periods: string) =>
      `${metric}: Azərbaycan ${servicesOwn} ${periods} dövr üzrə rəqəmləri; aylar, artan yekunlar və illər ayrı saxlanılır.`,
    eyebrow: "Göstəricilər",
    countedIn: "Ölçü vahidi",
    figures: "Rəqəmlər",
    periods: (count: string) => `${count} dövr`,
    partOf: "Daxil olduğu göstərici",
    parts: "Hissələri",
    overTime: "Zaman üzrə",
    overTimeIntro:
      "Aylar, altı və doqquz aylıq yekunlar və tam illər ayrı-ayrılıqda göstərilir: artan yekun bir neçə ayı əhatə edir, ona görə də heç vaxt ayrıca ayla eyni oxda çəkilmir. Bir neçə rəqəmi olan dövr növü üçün qrafik verilir, tək rəqəmi olan üçün isə həmin rəqəmin özü. Mənbənin adını çəkmədiyi dövr üzrə rəqəmlər yalnız cədvəldə verilir.",
    everyFigure: "Bütün rəqəmlər",
    columns: { period: "Dövr", kind: "Növ", source: "Mənbə" },
    computed: "hesablanıb",
  },
  revisions: {
    title: "Düzəlişlər və yenilənmələr",
    description: "Bu hesabatın ilk dərcdən sonra dəyişdirdiyi hər rəqəm: köhnə və yeni dəyər, tarix, dəyişikliyin növü və səbəbi.",
    lede: "Bu hesabat ilk dərc etdikdən sonra dəyişən hər rəqəm burada qeyd olunur, ən yenisindən başlayaraq: ya hesabatın öz xətasının düzəlişi, ya da mənbənin sonrakı sənəddə yenilədiyi dəyər. Dövr səhifəsi dəyişikliyi rəqəmin yanında göstərir, lent isə bu barədə xəbər verir.",
    none: "Heç bir rəqəm dəyişdirilməyib: hamısı bu hesabatın ilk dərc etdiyi kimidir.",
    columns: { date: "Tarix", figure: "Rəqəm", change: "Dəyişiklik", kind: "Növ", reason: "Səbəb", source: "Yeni dəyərin mənbəyi" },
    change: (p: { old: string; now: string }) => `${p.old} → ${p.now}`,
  },
  notes: {
    title: "Rəqəmlərə və metodikaya dair qeydlər",
    description:
      "Dərc olunmuş rəqəmlərin harada üst-üstə düşmədiyi, bildirilən dəyişikliklərin harada rəqəmlərə uyğun gəlmədiyi və bu hesabatın əlavə etdiklərini necə hesabladığı.",
    lede: "Diqqətli oxucunun bu rəqəmlərdən istifadə etməzdən əvvəl bilməli olduqları: dərc olunmuş hissələrin harada ümumi saya bərabər olmadığı, bildirilən faiz dəyişikliyinin harada təsvir etdiyi rəqəmlərə uyğun gəlmədiyi və bu hesabatın əlavə etdiyi dəyərləri necə hesabladığı. Aşağıdakı hər qeyd sayt hər dəfə yaradılanda məlumat toplusundan hesablanır.",
    byPeriod: "Keyfiyyət qeydləri, dövr-dövr",
    computed: "Bu hesabat nəyi hesablayır",
    rules: [
      "Faiz dəyişiklikləri (sonrakı − əvvəlki) ÷ əvvəlki kimi hesablanır və bir onluq rəqəmlə göstərilir; paylar da eyni qaydada hissə ÷ ümumi say kimi hesablanır. Onlar yalnız eyni növ və uzunluqda olan dövrlər arasında hesablanır.",
      "Fərqlər sonrakı dəyərdən əvvəlkini çıxmaqla, rəqəmin öz ölçü vahidində hesablanır.",
      "“Mənbədə ayrıca göstərilməyib” dəyəri ümumi saydan mənbənin onun üçün sadaladığı hissələrin cəmini çıxmaqla alınır.",
      "Bildirilən faiz dəyişikliyi təsvir etdiyi rəqəmlərlə yoxlanılır: yenidən hesablanmış dəyişiklik mənbənin istifadə etdiyi dəqiqliyə qədər yuvarlaqlaşdırıldıqda ona bərabərdirsə, uyğun hesab olunur.",
    ],
    derived: rich((p: { period: { label: string; href: string }; total: string; minus: string }) => [
      { text: p.period.label, href: p.period.href },
      ` mənbələr arasında yoxdur: onun rəqəmləri ${p.total} rəqəmlərindən ${p.minus} rəqəmlərini çıxmaqla alınır — bu dövrlərin hamısında olan hər göstərici üçün. Hesablanmış dəyərlər göründükləri hər yerdə belə işarələnir.`,
    ]),
    sources: "Mənbələr, təriflər və audit",
    sourcesText: rich(() => [
      "Sənədlər, onların rəqəmlərinin necə köçürüldüyü və köçürmənin onlarla necə yoxlanıldığı ",
      { text: "Mənbələr və metodika", href: paths.sources() },
      " bölməsində təsvir olunur. Hər rəqəmin tərifi rəqəmin göstərildiyi yerdə verilir, tam siyahı isə aşağıdadır.",
    ]),
  },
  sources: {
    title: "Mənbələr və metodika",
    description: `Bu hesabatın əsaslandığı ${g("SMS")} sənədləri, onların rəqəmlərinin necə köçürüldüyü və köçürmənin necə yoxlanıldığı.`,
    lede: (count: string) =>
      `Bu hesabatdakı hər rəqəm Azərbaycan ${servicesOwn} dərc etdiyi ${count} mətndən birindən götürülüb. Hər rəqəm onu verən sənəd və sətirlə birlikdə, mənbədə yazıldığı kimi saxlanılır ki, hər kəs onu əsli ilə tutuşdura bilsin.`,
    transcribed: "Rəqəmlər necə köçürülüb",
    rules: [
      "Hər rəqəm aid olduğu dövr, ölçdüyü göstərici, dəyəri və mənbədə yazıldığı mətnlə birlikdə qeyd olunur.",
      "Müqayisə rəqəmləri (“ötən ilin müvafiq dövrü ilə müqayisədə …”) əvvəlki dövrə aiddir və sonrakı dövrün yanında göstərilir.",
      "Mənbənin bildirdiyi faiz dəyişiklikləri və paylar mənbənin iddiaları kimi, bu hesabatın hesabladığı hər şeydən ayrı saxlanılır.",
      "Bölgülər hissələr ümumi saya bərabər olmasa belə, mənbədəki kimi dərc olunur.",
      "Statistika olmayan rəqəmlər (tarixlər, fərman nömrələri, telefon nömrəsi, müəllif hüququ illəri) səbəbi göstərilməklə buraxılmışlar siyahısına salınır ki, heç bir rəqəm xəbərsiz itməsin.",
      "Bülletenin dövrü onu bitirən iki sətirlə adlandırılır. Bülletenlərin başlanğıc bloku heç bir dövrü adlandırmır və ayrıca saxlanılır; hər ikisi 2023-cü ilin avqustu ilə bitən iki bülleten də dərc olunur və işarələnir.",
    ],
    documents: "Sənədlər",
    terms: { kind: "Növ", file: "Fayl", numbers: "Rəqəm formatı", taken: "Götürülmüş rəqəmlər", omitted: "Buraxılmışlar", periods: "Dövrlər" },
    omitted: (count: string, reasons: string) => `${count}${reasons ? ` (${reasons})` : ""}`,
    reason: (reason: string, count: string) => `${reason}: ${count}`,
    checked: "Köçürmə necə yoxlanılır",
    checkedText:
      "Sayt hər dəfə yaradılanda məlumat toplusu yoxlanılır: hər rəqəm məlum dövrə, göstəriciyə və sənədə istinad etməli, öz dövrünün sətirləri daxilində yerləşməli, mənbədə yazıldığı mətn isə sənədin rəqəm formatına görə oxunduqda onun dəyərini verməlidir. Mənbə mətnlərinə çıxışı olan layihə aparıcıları həmçinin audit aparır: bu audit mətnlərdəki hər rəqəmi tapır və onun ya məlumat toplusunun rəqəmi olduğunu, ya da buraxılmışlar siyahısında göstərildiyini təsdiqləyir.",
  },
  about: {
    title: `${g("State Migration Service")} haqqında`,
    description: `Azərbaycan ${servicesOwn} nə olduğu, nəyə cavabdeh olduğu və necə qurulduğu; rəqəmləri mənbəyə istinadla.`,
    eyebrow: "Rəqəmlərin arxasındakı qurum",
    /** The date comes as Intl writes it ("19 mart 2007") and is shown with the year as an ordinal. */
    lede: rich((p: { date: string; datetime: string; instrument: string; source: { label: string; href: string }; line: string }) => [
      `${g("State Migration Service of the Republic of Azerbaijan")} (${g("SMS")}) ölkənin miqrasiya siyasətini həyata keçirən ${g("central executive body")}dır. O, `,
      { text: dateInWords(p.date), datetime: p.datetime },
      ` tarixində ${p.instrument} ilə yaradılıb (`,
      { text: p.source.label, href: p.source.href },
      `, sətir ${p.line}) və ${g("law-enforcement body")} statusuna malikdir.`,
    ]),
    tasks: "Vəzifələri",
    taskList: [
      "Miqrasiya siyasətinin əsas istiqamətlərini hazırlamaq və onları digər dövlət orqanları ilə birlikdə həyata keçirmək.",
      `Əcnəbiləri və vətəndaşlığı olmayan şəxsləri ${inflect(g("registration at the place of stay"), "dative")} almaq və onların ölkədə müvəqqəti olma müddətini uzatmaq.`,
      `Müvəqqəti və daimi yaşamaq üçün icazələr, habelə ${g("paid labour activity")} üçün iş icazələri vermək.`,
      `Azərbaycan vətəndaşlığı ilə bağlı qərarlarda iştirak etmək: ${g("admission to citizenship")}, ${g("establishing affiliation to citizenship")} və ${g("loss of citizenship")}.`,
      "Qaçqınları və sığınacaq axtaran şəxsləri tanımaq və statusu təsdiq edən sənədi vermək.",
      `${capitalise(inflect(g("irregular migration"), "dative"))} qarşı tədbirlər görmək, o cümlədən ${inflectCompound(g("Migration Code"), "locative")} nəzərdə tutulmuş hallarda şəxsləri qanunsuz miqrantların saxlanılması mərkəzlərinə yerləşdirmək.`,
      `${capitalise(inflectCompound(g("migration legislation"), "accusative"))} ictimaiyyətə izah etmək.`,
      "Müvəqqəti və ya daimi olaraq xaricə gedən vətəndaşları qeydiyyata almaq və xaricdə yaşayan azərbaycanlılara dəstək göstərmək.",
    ],
    organisation: "Necə qurulub",
    organisationText: `Mərkəzi aparatla yanaşı, Xidmətin regional idarələri, qanunsuz miqrantların saxlanılması mərkəzləri, ${g("training centre")} və ${g("medical institution")} var. Əməkdaşları, beynəlxalq hava limanları da daxil olmaqla, ${inflectCompound(g("state border checkpoints"), "locative")} və bütün ${inflectCompound(g("ASAN Service centres"), "locative")} çalışır. ${g("Unified Migration Information System")} ölkədəki əcnəbilər haqqında qeydləri aparır və onları digər dövlət orqanları ilə bölüşür, ${g("Call Center")} isə gecə-gündüz işləyir.`,
    profileNote: rich(() => [
      "Xidmətin təqdimat səhifəsində tarix göstərilmir, ona görə də bu saylar onun strukturunu naməlum bir an üçün təsvir edir. Dövrlər üzrə fəaliyyət rəqəmləri ",
      { text: "dövr səhifələrində", href: paths.periods() },
      " verilir.",
    ]),
  },
  data: {
    title: "Məlumatları yükləyin",
    description: "Hesabatın bütün məlumat toplusu CSV və JSON formatında: hər rəqəm istinadı ilə, hesablanmış rəqəmlər, göstəricilər lüğəti və dövrlər.",
    lede: "Hesabatın göstərdiyi hər şey bu fayllardan götürülür. Onlar saytla birlikdə yenidən yaradılır, ona görə də həmişə səhifələrlə üst-üstə düşür. Rəqəmlər “səliqəli” formadadır: hər dövr və göstərici üçün bir sətir.",
    files: {
      observations: {
        title: "Dərc olunmuş bütün rəqəmlər",
        description: (count: string, n: number) =>
          `${g("SMS")} sənədlərindən köçürülmüş bütün ${count} ${plural(n, "rəqəm")}: hər dövr və göstərici üçün bir sətir, hər biri mənbədə yazıldığı mətn, sənədi və sətri ilə.`,
      },
      derived: {
        title: "Bu hesabatın hesabladığı rəqəmlər",
        description: (count: string, n: number) =>
          `Heç bir mənbənin rəqəm vermədiyi dövrlərin dərc olunmuş rəqəmlərdən hesablanmış ${count} ${plural(n, "rəqəmi")}; düstur sütunu necə hesablandığını göstərir.`,
      },
      metrics: { title: "Göstəricilər lüğəti", description: (count: string, n: number) => `Bütün ${count} ${plural(n, "göstərici")}: identifikatorlar, adlar, ölçü vahidləri, mövzular, bölgülər və təriflər.` },
      periods: {
        title: "Hesabat dövrləri",
        description: (count: string, n: number) => `Müqayisə dövrləri və tarixsiz blok daxil olmaqla bütün ${count} ${plural(n, "dövr")}, tarixləri və işarələri ilə.`,
      },
    },
    columns: "Sütunlar",
    sdmx: {
      title: "Bütün rəqəmlər SDMX-CSV formatında",
      text: (dataflow: string) => `Dərc olunmuş və hesablanmış rəqəmlər birlikdə, SDMX-CSV 2.0 formatında: ${dataflow} məlumat axınının hər müşahidəsi bir sətirdir. Ölçüləri dövr, göstərici və vahiddir; hər biri verilənlər toplusunun öz identifikatorları ilə kodlanır, kodlar siyahısı periods.csv və metrics.csv fayllarıdır. SDMX-in CL_OBS_STATUS kodlar siyahısından götürülən OBS_STATUS sütunu DMX-nin dərc etdiyi rəqəmi (A) bu hesabatın dərc olunmuş rəqəmlərdən hesabladığı rəqəmdən (I) ayırır; COMMENT_OBS rəqəmin qeydini, hesablanmış rəqəm üçünsə onun düsturunu verir. Hər dövr səhifəsinin öz faylı var, aşağıda sadalanır. Bütün nəşrlərdə kodlar eynidir, yalnız qeydlər nəşrin dilindədir.`,
    },
    dataPackage: {
      title: "Məlumat paketi",
      text: "Frictionless Data Package təsviri bu nəşrin bütün CSV fayllarını (bu səhifədəki faylları, hər dövrün və hər qrafikin verilənlərini) cədvəl sxemi ilə sadalayır: hər sütunun tipi və mənası, açarlar, rəqəmlərdən dövrlərə və göstəricilərə keçidlər.",
    },
    perPeriod: "Hər dövr üçün bir fayl",
    /** Followed by the file name: "… sütunları ilə verilir: observations.csv." */
    perPeriodText: "Hər dövr səhifəsinin rəqəmləri, orada göstərilən müqayisə dövrləri ilə birlikdə, bu faylın sütunları ilə verilir:",
    licence: "Lisenziya və istinad",
    licenceText: rich((report: string) => [
      `Rəqəmlər ${inflectCompound(g("State Migration Service of the Republic of Azerbaijan"), "genitive")} dərc etdiyi rəsmi statistikadır; onların mənbəyi kimi Xidmətə istinad edin. Bu hesabatın köçürməsi, göstərici tərifləri, hesablanmış dəyərləri və mətnləri “${report}” adına istinad və istifadə olunan səhifəyə keçid göstərilməklə yenidən istifadə edilə bilər. Yenidən dərc etdiyiniz hər rəqəmi onunla birlikdə göstərilən sənəd və sətirlə yoxlayın; bax: `,
      { text: "Mənbələr və metodika", href: paths.sources() },
      ".",
    ]),
  },
  search: {
    title: "Axtarış",
    description: "Hesabatın dövrləri, göstəriciləri, illəri, qeydləri və tərifləri üzrə axtarış; bütün göstəricilər, dövrlər və illər həm də əlifba sırası ilə.",
    lede: "Hesabat dövrünü, göstəricini və ya ili tapın: hamısı aşağıda əlifba sırası ilə verilib.",
    /** The search box, which only a browser running JavaScript shows. */
    label: "Dövrlər, göstəricilər, illər, qeydlər və təriflər üzrə axtarış",
    submit: "Axtar",
    /** Followed by the number of pages found. */
    found: "Tapılan səhifələr:",
    none: "Bu axtarışa uyğun səhifə tapılmadı.",
    more: "Daha çox nəticə göstər",
    failed: "Axtarışı yükləmək mümkün olmadı. Bütün göstəricilər, dövrlər və illər aşağıda sadalanıb.",
    aToZ: "Əlifba sırası ilə",
    letters: "Baş hərflər",
    /** The heading of the names that begin with a figure, such as years. */
    digits: "0–9",
    kinds: { indicator: "Göstərici", year: "İllik xülasə" },
  },
  notFound: {
    title: "Səhifə tapılmadı",
    description: "Bu ünvan hesabatın heç bir səhifəsinə aparmır.",
    lede: "Bu ünvan hesabatın heç bir səhifəsinə aparmır. Dövr səhifələri belə ünvanlarda yerləşir:",
    example: "/periods/2024-11/",
    allPeriods: "Bütün dövrlər",
    latest: (label: string) => `Son dövr: ${label}`,
    home: "Ana səhifə",
  },
};
