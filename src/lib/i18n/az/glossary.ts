/**
 * The official Azerbaijani terms of the edition, term by term: the words of the Migration
 * Code of the Republic of Azerbaijan and of the State Migration Service's own pages. The
 * catalog takes every term that appears whole from here; the dataset texts
 * (content/data/editions/az.yaml) use the same words. `source` says where a term was
 * checked and, where it could not be, says so. "terms.md" is the project's starting list
 * (../shared/notes/terms.md); the SMS statistics pages cited are migration.gov.az pages in
 * Azerbaijani, as stored copies of them were found.
 */
export const glossary = {
  // --- The institution --------------------------------------------------------------------
  "State Migration Service of the Republic of Azerbaijan": {
    term: "Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti",
    source:
      "terms.md; SMS pages use this name in running text and \"Azərbaycan Respublikası Dövlət Miqrasiya Xidməti\" in their footer (migration.gov.az/index.php/az/news_detail/15360)",
  },
  "State Migration Service": {
    term: "Dövlət Miqrasiya Xidməti",
    source: "migration.gov.az/az/news_detail/13344 and every SMS page checked",
  },
  SMS: {
    term: "DMX",
    source: "SMS site menu \"DMX yanında İctimai şura\" (migration.gov.az/index.php/az/documents/9); SMS statements quoted by the press (news24.az, trend.az)",
  },
  "the Service": {
    term: "Xidmət",
    source: "SMS pages: \"Xidmətin rəsmi internet səhifəsi\" (migration.gov.az/index.php/az/news_detail/14869)",
  },
  "central executive body": {
    term: "mərkəzi icra hakimiyyəti orqanı",
    source:
      "the ASAN Service index results as reported by aktor.az (\"mərkəzi icra hakimiyyəti orqanları\"); the Azerbaijani text of the SMS profile page was not found, so its own wording is not verified",
  },
  "law-enforcement body": {
    term: "hüquq-mühafizə orqanı",
    source: "standard legal term; SMS statement via metbuat.az (\"aidiyyəti hüquq-mühafizə orqanına\"); the SMS profile's Azerbaijani wording not verified",
  },
  "Presidential decree": {
    term: "Prezidentin Fərmanı",
    source: "SMS site menu \"AR Prezidentinin Fərmanları\" (migration.gov.az/index.php/az/documents/9)",
  },
  "regional migration department": {
    term: "regional miqrasiya idarəsi",
    source: "SMS site menu \"Regional miqrasiya idarələri\"; migration.gov.az/az/news_detail/10104 (\"Lənkəran regional miqrasiya idarəsi\")",
  },
  "regional migration head department": {
    term: "regional miqrasiya baş idarəsi",
    source: "Presidential Order of 17 March 2022 amending the SMS structure (\"Bakı şəhər regional miqrasiya baş idarəsi\"), via legalacts.az",
  },
  "detention centre for illegal migrants": {
    term: "qanunsuz miqrantların saxlanılması mərkəzi",
    source:
      "Cabinet of Ministers decision No. 130 of 5 May 2014 (\"Dövlət Miqrasiya Xidmətinin qanunsuz miqrantların saxlanılması mərkəzlərində\"), via legalacts.az; the SMS profile's own Azerbaijani wording not verified",
  },
  "training centre": {
    term: "tədris mərkəzi",
    source: "SMS site menu \"Təlim-tədris mərkəzi\"; the profile's wording not verified",
  },
  "medical institution": {
    term: "tibb müəssisəsi",
    source: "not verified: the Azerbaijani text of the SMS profile page was not found",
  },
  "state border checkpoints": {
    term: "dövlət sərhədindən buraxılış məntəqələri",
    source: "not verified: usual legal wording, not found on an SMS page",
  },
  "Unified Migration Information System": {
    term: "Vahid Miqrasiya Məlumat Sistemi",
    source: "Migration Code as quoted by ain.az (\"Vahid Miqrasiya Məlumat Sistemi vasitəsilə\"); the Code's own text not opened",
  },
  "Call Center": {
    term: "Çağrı Mərkəzi",
    source:
      "terms.md; the SMS writes both \"919 Çağrı mərkəzi\" (migration.gov.az/az/news_detail/13344) and \"919 Çağrı Mərkəzi\" (its chief, quoted by news24.az); the capitalised form is kept as a proper name",
  },
  "Regional Training Center on Migration": {
    term: "Miqrasiya üzrə Regional Təlim Mərkəzi",
    source: "migration.gov.az/az/news_detail/14577",
  },
  "Public Council": {
    term: "İctimai Şura",
    source: "SMS site menu \"DMX yanında İctimai şura\"; \"Dövlət Miqrasiya Xidməti yanında İctimai Şura\" (xebertime.az)",
  },
  "ASAN Service centres": {
    term: "“ASAN xidmət” mərkəzləri",
    source: "SMS statements via anews.az and ted.az (\"bütün “ASAN xidmət” mərkəzlərində\")",
  },
  "ASAN Service index": {
    term: "“ASAN xidmət indeksi”",
    source: "aktor.az, reporting the presentation of the 2020–2021 assessment; not found on an SMS page",
  },
  // --- Law --------------------------------------------------------------------------------
  "Migration Code": {
    term: "Miqrasiya Məcəlləsi",
    source: "terms.md; laws amending the Code (\"Azərbaycan Respublikasının Miqrasiya Məcəlləsində dəyişikliklər edilməsi haqqında\"), via legalacts.az",
  },
  "Code of Administrative Offences": {
    term: "İnzibati Xətalar Məcəlləsi",
    source: "terms.md; SMS statistics (migration.gov.az/index.php/az/statistics?page=3)",
  },
  "migration legislation": {
    term: "miqrasiya qanunvericiliyi",
    source: "Migration Code art. 1 (\"Azərbaycan Respublikasının miqrasiya qanunvericiliyi\"), copy on genderi.org",
  },
  // --- People -----------------------------------------------------------------------------
  "foreigners and stateless persons": {
    term: "əcnəbilər və vətəndaşlığı olmayan şəxslər",
    source: "terms.md; Migration Code art. 21.9 as amended in 2017 (legalacts.az); SMS statistics",
  },
  foreigner: {
    term: "əcnəbi",
    source: "Migration Code art. 21.9 (legalacts.az); SMS statistics",
  },
  // --- Legal migration --------------------------------------------------------------------
  "legal migration": {
    term: "qanuni miqrasiya",
    source: "SMS statistics heading \"Qanuni miqrasiya\" (migration.gov.az/cat.php?scatid=061, migration.gov.az/index.php/az/statistics?page=3)",
  },
  "registration at the place of stay": {
    term: "olduğu yer üzrə qeydiyyat",
    source: "terms.md; Migration Code art. 21 (\"olduğu yer üzrə qeydiyyata alınmalıdırlar\", law of 3 April 2015, via legalacts.az); SMS statistics",
  },
  "extension of the temporary stay": {
    term: "müvəqqəti olma müddətinin uzadılması",
    source: "SMS statistics for the first half of 2022 (migration.gov.az/index.php/az/news_detail/15360)",
  },
  "temporary residence permit": {
    term: "müvəqqəti yaşamaq üçün icazə",
    source: "terms.md; Migration Code art. 54.11-1 as added in 2018 (reportyor.info quoting the law); SMS statistics",
  },
  "permanent residence permit": {
    term: "daimi yaşamaq üçün icazə",
    source: "terms.md; Migration Code art. 54.11-1 (\"Daimi yaşamaq üçün icazənin verilməsindən (müddətinin uzadılmasından)\"); SMS statistics",
  },
  "residence permit card": {
    term: "yaşamaq üçün icazə vəsiqəsi",
    source: "migration.gov.az/az/news_detail/10104 (\"müvəqqəti yaşamaq üçün icazə vəsiqələri\")",
  },
  "work permit": {
    term: "iş icazəsi",
    source: "terms.md; SMS statistics for the first half of 2022 and for 2025 as published by trend.az (\"iş icazəsinin alınması və müddətinin uzadılması\")",
  },
  "paid labour activity": {
    term: "haqqı ödənilən əmək fəaliyyəti",
    source: "SMS statistics via trend.az (\"haqqı ödənilən əmək fəaliyyəti ilə məşğul olması üçün iş icazəsinin\"); Law on Labour Migration art. 1",
  },
  // --- Citizenship ------------------------------------------------------------------------
  "establishing affiliation to citizenship": {
    term: "vətəndaşlığa mənsubiyyətin müəyyənləşdirilməsi",
    source:
      "SMS bulletins (\"Azərbaycan Respublikasının vətəndaşlığına mənsubiyyətin müəyyənləşdirilməsi ilə bağlı müraciətlər\", as published by trend.az; migration.gov.az/cat.php?scatid=061); terms.md has \"müəyyən edilməsi\", which SMS news items also use — the bulletins' form is kept",
  },
  "citizenship issues": {
    term: "vətəndaşlıq məsələləri",
    source: "SMS bulletins (\"Vətəndaşlıq məsələləri ilə bağlı müraciətlər\", via trend.az and reyd.az)",
  },
  "admission to citizenship": {
    term: "vətəndaşlığa qəbul",
    source: "SMS statistics for the first half of 2022 (\"vətəndaşlığa qəbul, bərpa, vətəndaşlıqdan çıxma\")",
  },
  "restoration of citizenship": {
    term: "vətəndaşlığın bərpası",
    source: "terms.md; SMS statistics for the first half of 2022 (\"bərpa\")",
  },
  "withdrawal from citizenship": {
    term: "vətəndaşlıqdan çıxma",
    source: "SMS statistics for the first half of 2022",
  },
  "loss of citizenship": {
    term: "vətəndaşlığın itirilməsi",
    source: "not verified: the wording of the Law on Citizenship was not found among the stored copies",
  },
  // --- Refugees, readmission --------------------------------------------------------------
  "refugee status": {
    term: "qaçqın statusu",
    source: "terms.md; SMS site menu \"Qaçqın statusu\" (migration.gov.az/index.php/az/documents/9)",
  },
  refugee: {
    term: "qaçqın",
    source: "SMS site menu; Presidential decree of 18 May 2017 on refugee status procedure (xezernews.az)",
  },
  "asylum seeker": {
    term: "sığınacaq axtaran şəxs",
    source: "not verified: the Azerbaijani text of the SMS profile was not found",
  },
  readmission: {
    term: "readmissiya",
    source: "terms.md; migration.gov.az/az/news_detail/16701 (\"icazəsiz yaşayan şəxslərin readmissiyası haqqında Saziş\", \"readmissiya olunan\")",
  },
  // --- Irregular migration ----------------------------------------------------------------
  "irregular migration": {
    term: "qeyri-qanuni miqrasiya",
    source: "terms.md; SMS statistics heading \"Qeyri-qanuni miqrasiya\" (migration.gov.az/index.php/az/statistics?page=3)",
  },
  decision: {
    term: "qərar",
    source: "terms.md; SMS statistics (\"qəbul edilmiş qərarların sayı\")",
  },
  "administrative expulsion": {
    term: "ölkə hüdudlarından kənara inzibati qaydada çıxarılma",
    source:
      "SMS statistics (\"ölkə hüdudlarından kənara inzibati qaydada çıxarılmaqla\", migration.gov.az/index.php/az/statistics?page=3); Migration Code art. 16.1.8 (\"hüdudlarından kənara inzibati qaydada çıxarma\"); terms.md has the shorter \"inzibati qaydada ölkədən çıxarılma\"",
  },
  "ban on entry to the country": {
    term: "ölkəyə gəlişin qadağan edilməsi",
    source: "terms.md; Migration Code art. 16.4 (\"Azərbaycan Respublikasına gəlməsi ilə bağlı qadağa\", law of 2018 via legalacts.az); the article's title was not opened",
  },
  "restriction of entry to the country": {
    term: "ölkəyə girişin məhdudlaşdırılması",
    source:
      "the SMS bulletins' wording for the entry-ban decisions they count (\"ölkə ərazisinə girişini məhdudlaşdırma ilə bağlı qəbul edilmiş … qərardan\", migration.gov.az/index.php/az/statistics?page=3; DMX via adalet.az and metbuat.az); used for the metrics, which count those decisions",
  },
  "administrative fine": {
    term: "inzibati cərimə",
    source: "Migration Code art. 16.1.8 (legalacts.az)",
  },
  "legalisation of residence": {
    term: "ölkədə yaşamanın qanuniləşdirilməsi",
    source: "SMS statistics (\"Ölkə ərazisində yaşamalarını qanuniləşdirmə barədə\"); the 2017 bulletins say \"yaşamanın leqallaşdırılması\"",
  },
  "employment of foreigners": {
    term: "əcnəbilərin işə cəlb edilməsi",
    source: "DMX report via novator.az (\"əcnəbilərin və vətəndaşlığı olmayan şəxslərin işə cəlb edilməsi qaydasının pozulması\")",
  },
  // --- Public services --------------------------------------------------------------------
  application: {
    term: "müraciət",
    source: "SMS statistics (\"fəaliyyət istiqamətləri üzrə … müraciət daxil olub\")",
  },
  "activity directions": {
    term: "fəaliyyət istiqamətləri",
    source: "SMS statistics via reyd.az (\"fəaliyyət istiqamətləri üzrə 67 127 müraciət daxil olub\")",
  },
  call: {
    term: "zəng",
    source: "migration.gov.az/az/news_detail/13344 (\"10646 zəng daxil olmuşdur\")",
  },
  "electronic applications": {
    term: "elektron müraciətlər",
    source: "terms.md; SMS pages speak of applying \"elektron qaydada\" (metbuat.az); the bulletin line itself was not found in Azerbaijani",
  },
  "e-service": {
    term: "elektron xidmət",
    source: "migration.gov.az/index.php/az/news_detail/14869 (\"yeni elektron xidməti\")",
  },
  "online guide": {
    term: "onlayn bələdçi",
    source: "SMS statistics via trend.az (\"Xidmətin sosial şəbəkə hesabları və “onlayn bələdçi” xidməti vasitəsilə\")",
  },
  "petitions, complaints and suggestions": {
    term: "ərizə, şikayət və təkliflər",
    source: "SMS statistics via trend.az (\"daxil olmuş ərizə, şikayət və təkliflər\")",
  },
  "mobile service": {
    term: "səyyar xidmət",
    source: "migration.gov.az/az/news_detail/10104 (\"səyyar xidmət təşkil edib\")",
  },
  "awareness-raising event": {
    term: "maarifləndirici tədbir",
    source: "not verified: not found on a stored SMS page",
  },
  "reporting period": {
    term: "hesabat dövrü",
    source: "SMS chief quoted by metbuat.az (\"Hesabat dövründə\")",
  },
} satisfies Record<string, { term: string; source: string }>;
