/**
 * The official terms of the Russian edition, term by term: the one place the catalog, the
 * dataset's Russian texts (content/data/editions/ru.yaml) and the Russian narratives take
 * them from. Keyed by the English term of this report.
 *
 * `term` is the nominative; the case forms the catalog needs follow it (gen genitive, dat
 * dative, acc accusative, ins instrumental, prep prepositional; …Pl the plural), so that a
 * term inflected in a sentence is still taken from here, never retyped.
 *
 * `source` says where the term was checked. Sources seen (copies in the search tool's
 * `pages` corpus): the SMS's Russian pages migration.gov.az/ru/news_detail/12642 (monthly
 * statistics) and /ru/news_detail/12673 (an awareness event); the Russian article
 * "Миграционный кодекс (Азербайджан)"; a Russian text of the Code of Administrative
 * Offences ("Кодекс Азербайджанской Республики об административных проступках"); the SMS's
 * English profile and statistics pages and its Azerbaijani menu. The Russian text of the
 * Migration Code itself was not found there: no term below is checked against its articles.
 * "terms.md" is ../shared/notes/terms.md, the maintainers' starting list.
 */
export interface Term {
  term: string;
  gen?: string;
  dat?: string;
  acc?: string;
  ins?: string;
  prep?: string;
  genPl?: string;
  accPl?: string;
  insPl?: string;
  prepPl?: string;
  source: string;
}

const NOT_FOUND_RU = "not found on an SMS page in Russian or in a Russian text of the Code";

export const glossary = {
  // --- The institution and the law -------------------------------------------------------
  "State Migration Service of the Republic of Azerbaijan": {
    term: "Государственная миграционная служба Азербайджанской Республики",
    gen: "Государственной миграционной службы Азербайджанской Республики",
    ins: "Государственной миграционной службой Азербайджанской Республики",
    source:
      "terms.md; the SMS's Russian pages (migration.gov.az/ru/news_detail/12642, 12673) use the name but capitalise every word (“Государственная Миграционная Служба”); the edition follows Russian spelling, as terms.md does, and capitalises the first word only",
  },
  "State Migration Service": {
    term: "Государственная миграционная служба",
    gen: "Государственной миграционной службы",
    ins: "Государственной миграционной службой",
    prep: "Государственной миграционной службе",
    source: "as the full name (migration.gov.az/ru/news_detail/12642: “Государственной Миграционной Службой”)",
  },
  SMS: { term: "ГМС", source: "terms.md; not seen on an SMS page in Russian" },
  "the Service": { term: "Служба", gen: "Службы", acc: "Службу", source: "the SMS's own short form in English and Azerbaijani (“the Service”, “Xidmət”); Russian form by analogy" },
  "Republic of Azerbaijan": { term: "Азербайджанская Республика", gen: "Азербайджанской Республики", source: "the official Russian name, as in every source above" },
  "Migration Code": {
    term: "Миграционный кодекс",
    gen: "Миграционного кодекса",
    ins: "Миграционным кодексом",
    source: "terms.md; the Russian article “Миграционный кодекс (Азербайджан)”; migration.gov.az/ru/news_detail/12642 (“Миграционного Кодекса”)",
  },
  "Migration Code of the Republic of Azerbaijan": {
    term: "Миграционный кодекс Азербайджанской Республики",
    source: "the Russian article “Миграционный кодекс (Азербайджан)”, first line",
  },
  "Code of Administrative Offences": {
    term: "Кодекс об административных проступках",
    gen: "Кодекса об административных проступках",
    source:
      "terms.md; a Russian text of the Code (“Кодекс Азербайджанской Республики об административных проступках”). The SMS's Russian page migration.gov.az/ru/news_detail/12642 writes “Кодекс об Административных Правонарушениях”, an older name",
  },
  "Presidential decree": { term: "Указ Президента Азербайджанской Республики", source: "the usual Russian form of the instrument (English profile: “the Decree of the President of the Republic of Azerbaijan”); " + NOT_FOUND_RU },
  "central executive body": {
    term: "центральный орган исполнительной власти",
    source: "the SMS's English profile (“a central executive body”); Russian form as in the SMS description on oneclick.az (“органом центральной исполнительной власти”), word order as in Azerbaijani law texts; " + NOT_FOUND_RU,
  },
  "law-enforcement body": { term: "правоохранительный орган", gen: "правоохранительного органа", source: "the SMS description in Russian on oneclick.az (“имеющий статус правоохранительного органа”)" },
  "regional migration department": {
    term: "региональное миграционное управление",
    genPl: "региональных миграционных управлений",
    source: "migration.gov.az/ru/news_detail/12673 (“Лянкяранского регионального миграционного управления”)",
  },
  "regional migration head department": { term: "главное региональное миграционное управление", source: "translation of the SMS's English and Azerbaijani (“regional miqrasiya baş idarəsi”); " + NOT_FOUND_RU },
  "detention centre for irregular migrants": {
    term: "центр содержания незаконных мигрантов",
    accPl: "центры содержания незаконных мигрантов",
    source: "translation of the SMS's “detention centers for illegal migrants” and of the Azerbaijani “qanunsuz miqrantların saxlanılması mərkəzləri” (legalacts.az); " + NOT_FOUND_RU,
  },
  "Regional Training Center on Migration": { term: "Региональный учебный центр по вопросам миграции", gen: "Регионального учебного центра по вопросам миграции", source: "translation of the name in the 2021 press conference (English); " + NOT_FOUND_RU },
  "Public Council": { term: "Общественный совет при ГМС", gen: "Общественного совета при ГМС", source: "translation of “Public Council under SMS” (migration.gov.az/en/news_detail/13556) and “DMX yanında İctimai şura” (the SMS's Azerbaijani menu); " + NOT_FOUND_RU },
  "Unified Migration Information System": { term: "Единая миграционная информационная система", source: "translation of the SMS's English profile and of “Vahid Miqrasiya Məlumat Sistemi”; " + NOT_FOUND_RU },
  "Call Center": { term: "Call-центр", gen: "Call-центра", acc: "Call-центр", source: "terms.md; " + NOT_FOUND_RU },
  "ASAN Service": { term: "«ASAN xidmət»", source: "the name as Russian-language Azerbaijani media write it (report.az/ru: “индекс ASAN”); the SMS writes “ASAN Service” in English" },
  "ASAN Service centre": { term: "центр «ASAN xidmət»", prepPl: "центрах «ASAN xidmət»", source: "as “ASAN Service”" },
  "ASAN Service index": { term: "индекс «ASAN xidmət»", gen: "индекса «ASAN xidmət»", prep: "индексе «ASAN xidmət»", source: "as “ASAN Service” (report.az/ru writes “индекс ASAN”)" },
  "border checkpoint": {
    term: "пункт пропуска через государственную границу",
    prepPl: "пунктах пропуска через государственную границу",
    source: "the usual Russian legal term for the SMS's “state border checkpoints”; " + NOT_FOUND_RU,
  },
  "press conference": { term: "пресс-конференция", source: "common Russian word" },
  "statistical bulletin": { term: "статистический бюллетень", source: "common Russian word; the SMS's Russian page 12642 is headed “Статистические данные”" },

  // --- People and their status --------------------------------------------------------------
  "foreigners and stateless persons": {
    term: "иностранцы и лица без гражданства",
    gen: "иностранцев и лиц без гражданства",
    source: "terms.md; migration.gov.az/ru/news_detail/12642 and 12673 (“иностранцев и лиц без гражданства”)",
  },
  foreigner: { term: "иностранец", genPl: "иностранцев", source: "migration.gov.az/ru/news_detail/12642 (“со стороны иностранцев”)" },
  "stateless person": { term: "лицо без гражданства", source: "as “foreigners and stateless persons”" },
  "citizens of the Republic of Azerbaijan": { term: "граждане Азербайджанской Республики", gen: "граждан Азербайджанской Республики", source: "official Russian form of the country's name; common Russian word" },
  refugee: { term: "беженец", source: "terms.md (“статус беженца”)" },
  "recognised refugee": { term: "признанный беженец", source: "as “refugee”; translation of the 2018 press conference's “persons residing on the basis of refugee status”" },
  "refugee status": { term: "статус беженца", gen: "статуса беженца", source: "terms.md; " + NOT_FOUND_RU },
  "asylum seeker": { term: "лицо, ищущее убежища", gen: "лица, ищущего убежища", source: "the usual Russian term for the SMS's “asylum seeker”; " + NOT_FOUND_RU },
  "family member": { term: "член семьи", source: "common Russian word" },

  // --- Legal migration ------------------------------------------------------------------------
  "legal migration": { term: "законная миграция", source: "the Russian counterpart of “незаконная миграция” (terms.md); the SMS heads its bulletins “Legal migration” / “Qanuni miqrasiya”; " + NOT_FOUND_RU },
  "registration at the place of stay": {
    term: "регистрация по месту пребывания",
    gen: "регистрации по месту пребывания",
    source: "terms.md; migration.gov.az/ru/news_detail/12673 (“регистрации иностранцев и лиц без гражданства по месту пребывания”)",
  },
  "temporary stay": { term: "временное пребывание", gen: "временного пребывания", source: "the Russian article on the Migration Code (“временного пребывания”); the Azerbaijani MFA's Russian pages" },
  "extension of the period of temporary stay": { term: "продление срока временного пребывания", source: "as “temporary stay”; translation of the SMS's “extension of temporary staying period”" },
  "registration case": { term: "случай регистрации", source: "translation of the 2018 press conference's “in 1,324,075 cases”; " + NOT_FOUND_RU },
  "entry of foreigners": { term: "въезд иностранцев в страну", source: "translation of the 2021 press conference's “foreigners entering the country”; the Russian article on the Migration Code speaks of “въезд на территорию”" },
  "permanent registration card": { term: "карта постоянной регистрации", source: "translation of the 2011 report's “permanent registration cards”; " + NOT_FOUND_RU },
  "temporary residence permit": { term: "разрешение на временное проживание", genPl: "разрешений на временное проживание", source: "terms.md; " + NOT_FOUND_RU },
  "permanent residence permit": { term: "разрешение на постоянное проживание", source: "terms.md; the Russian article on the Migration Code names “постоянное проживание”" },
  "residence permit": { term: "разрешение на проживание", genPl: "разрешений на проживание", prepPl: "разрешениях на проживание", source: "the common part of the two terms above (terms.md)" },
  "legalisation of residence": { term: "легализация проживания", source: "migration.gov.az/ru/news_detail/12642 (“в связи с легализацией проживания на территории страны”)" },
  "work permit": { term: "разрешение на работу", genPl: "разрешений на работу", source: "terms.md; " + NOT_FOUND_RU },
  "paid labour activity": { term: "оплачиваемая трудовая деятельность", acc: "оплачиваемую трудовую деятельность", source: "translation of the SMS's “paid labour activity” (“haqqı ödənilən əmək fəaliyyəti”); " + NOT_FOUND_RU },
  "migration legislation": { term: "миграционное законодательство", gen: "миграционного законодательства", source: "common Russian legal term; the SMS's Russian page 12642 writes “в сфере миграции”" },

  // --- Citizenship ---------------------------------------------------------------------------
  "establishing affiliation to citizenship": {
    term: "определение принадлежности к гражданству",
    source: "terms.md (the SMS's English writes “establishment” or “determination of affiliation to citizenship”); " + NOT_FOUND_RU,
  },
  "restoration of citizenship": { term: "восстановление гражданства", source: "terms.md; the Russian text of the 1999 decree on citizenship matters (“приобретения, восстановления и прекращения гражданства”)" },
  "withdrawal from citizenship": { term: "выход из гражданства", source: "the usual Russian legal term for the 2011 report's “revoking” and “withdrawal”; " + NOT_FOUND_RU },
  "admission to citizenship": { term: "приём в гражданство", source: "the usual Russian legal term for the 2011 report's “adoption”; " + NOT_FOUND_RU },

  // --- Irregular migration ------------------------------------------------------------------
  "irregular migration": {
    term: "незаконная миграция",
    dat: "незаконной миграции",
    prep: "незаконной миграции",
    source: "terms.md; the SMS description in Russian on oneclick.az (“пресечения незаконной миграции”)",
  },
  decision: { term: "решение", source: "terms.md; migration.gov.az/ru/news_detail/12642 (“принято 1.696 решений”)" },
  "administrative expulsion": {
    term: "административное выдворение",
    gen: "административного выдворения",
    ins: "административным выдворением",
    source: "terms.md; migration.gov.az/ru/news_detail/12642 (“без административного выдворения за пределы страны”)",
  },
  "administrative fine": { term: "административный штраф", source: "migration.gov.az/ru/news_detail/12642 (“о применении административного штрафа”)" },
  "ban on entry to the country": {
    term: "запрет на въезд в страну",
    source: "terms.md; the SMS's Russian page 12642 also writes “ограничение въезда на территорию страны” for the same decisions",
  },
  "host organisation": {
    term: "принимающая организация",
    genPl: "принимающих организаций",
    source: "translation of the bulletins' “institutions, authorities and organizations which receive foreigners”; the Azerbaijani MFA's Russian page on registration calls the host of a foreigner “принимающая сторона”; " + NOT_FOUND_RU,
  },
  violator: { term: "иностранец-нарушитель", source: "translation of the 2011 report's “infringement cases … by foreigners”; " + NOT_FOUND_RU },
  "illegal employment": { term: "незаконное трудоустройство", source: "translation of the bulletins' “decisions related with employment of foreigners”; " + NOT_FOUND_RU },
  "loss of a residence permit": { term: "утрата разрешения на проживание", source: "translation of the bulletins' “loss of permission documents for temporary and permanent residence”; " + NOT_FOUND_RU },

  // --- Readmission --------------------------------------------------------------------------
  readmission: { term: "реадмиссия", gen: "реадмиссии", source: "terms.md; " + NOT_FOUND_RU },
  "readmission request": { term: "запрос о реадмиссии", source: "as “readmission”; translation of the 2018 press conference's “requests … related to the readmission”" },
  "readmitted persons": { term: "лица, принятые по реадмиссии", source: "as “readmission”; translation of the sources' “readmitted”" },

  // --- Public services ----------------------------------------------------------------------
  application: { term: "обращение", source: "the SMS's Azerbaijani “müraciət”; “электронные обращения” in terms.md; " + NOT_FOUND_RU },
  "electronic applications": { term: "электронные обращения", source: "terms.md; " + NOT_FOUND_RU },
  "e-service": { term: "электронная услуга", genPl: "электронных услуг", source: "common Russian term; the SMS's English “e-services”" },
  "petitions, complaints and suggestions": { term: "заявления, жалобы и предложения", source: "translation of the bulletins' “petitions, complaints, and suggestions”; " + NOT_FOUND_RU },
  "online guide": { term: "онлайн-гид", source: "translation of the SMS's “online guide”; " + NOT_FOUND_RU },
  "live call": { term: "звонок, принятый оператором", source: "translation of the 2018 press conference's “calls answered in live mode”" },

  // --- Awareness and the institution's work ---------------------------------------------------
  "awareness event": { term: "просветительское мероприятие", source: "migration.gov.az/ru/news_detail/12673 (“были проведены просветительские мероприятия”)" },
  "website post": { term: "публикация на сайте", source: "common Russian words for the 2018 press conference's “information posted on the website”" },
  training: { term: "тренинг", source: "common Russian word for the 2021 press conference's “trainings”; " + NOT_FOUND_RU },
  "mobile service": { term: "выезд мобильной группы", genPl: "выездов мобильных групп", source: "translation of the SMS's “mobile services” (visits by mobile teams of the regional departments); " + NOT_FOUND_RU },
} satisfies Record<string, Term>;
