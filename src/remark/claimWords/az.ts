import type { ClaimVocabulary } from "../claimWords.ts";

/**
 * The Azerbaijani narratives' claim words. Azerbaijani adds suffixes to a word's root, so most
 * are given as stems: a word that begins with one is a claim word ("art" holds artdı, artıb,
 * artım…; "azal" holds azaldı, azalma…).
 */
export const az: ClaimVocabulary = {
  words: ["çox", "az", "ən", "son", "hamısı", "bütün", "hər", "heç", "yalnız", "ancaq", "həmişə", "eyni", "bərabər", "yarısı"],
  stems: [
    // direction
    "art", "artım", "yüksəl", "azal", "düş", "enmə", "endi", "aşağı", "yuxarı", "çoxal", "ötüb", "ötdü", "keçib", "dəyişməz", "sabit", "meyl", "tendensiya", "ikiqat",
    // rank and extreme
    "maksimum", "minimum", "rekord", "birinci", "sonuncu", "ilk",
    // count
    "hamı", "əksəriyyət", "çoxu",
    // equality
    "eyni", "bərabər", "üst-üstə",
  ],
  allowed: [
    { phrase: "birinci yarısı", why: "yarımilin adı" },
    { phrase: "birinci yarısında", why: "yarımilin adı" },
    { phrase: "birinci bülleten", why: "2023-cü ilin avqustuna aid iki bülletendən birinin adı" },
    { phrase: "bütün qərarların", why: "payın götürüldüyü ümumi sayı adlandırır" },
    { phrase: "bütün müraciətlərin", why: "payın götürüldüyü ümumi sayı adlandırır" },
  ],
};
