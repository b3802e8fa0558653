import type { ClaimVocabulary } from "../claimWords.ts";

/**
 * The Azerbaijani narratives' claim words. Azerbaijani adds suffixes to a word's root, so most
 * are given as stems: a word that begins with one is a claim word ("art" holds artdı, artıb,
 * artım…; "azal" holds azaldı, azalma…; "yüksə" holds yüksəldi and yüksək). "daha" is left out:
 * it marks a comparative ("daha yüksək") but as often adds to a list ("daha 291 qərar"), and the
 * comparatives of these narratives (daha çox, daha az, daha yüksək, daha aşağı) are caught by
 * their other word. An allowed phrase matches only as written, with no suffix after it, so an
 * inflected form needs an entry of its own.
 */
export const az: ClaimVocabulary = {
  words: ["çox", "az", "ən", "son", "bütün", "hər", "heç", "yalnız", "ancaq", "təkcə", "tək", "yeganə", "həmişə", "adətən", "ikisi", "yarısı", "pik"],
  stems: [
    // direction
    "art", "yüksə", "azal", "düş", "enmə", "endi", "aşağı", "yuxarı", "çoxal", "ötüb", "ötdü", "keçib", "üstələ", "dəyişməz", "dəyişməy", "sabit", "meyl", "tendensiya", "ikiqat",
    // rank and extreme
    "maksimum", "minimum", "rekord", "birinci", "sonuncu", "axırıncı", "ilk",
    // count
    "hamı", "əksər", "çoxu",
    // equality
    "eyni", "bərabər", "üst-üstə", "uyğun", "yaxın",
  ],
  allowed: [
    { phrase: "birinci yarısı", why: "yarımilin adı" },
    { phrase: "birinci yarısında", why: "yarımilin adı" },
    { phrase: "birinci bülleten", why: "2023-cü ilin avqustuna aid iki bülletendən birinin adı" },
    { phrase: "birinci yeri", why: "mənbənin “ASAN xidmət indeksi” üzrə bildirdiyi yer (asan-index.top-rank-streak göstəricisinin öz sözləri); heç bir rəqəm onu təkzib edə bilməz" },
    { phrase: "bütün qərarların", why: "payın götürüldüyü ümumi sayı adlandırır" },
    { phrase: "bütün müraciətlərin", why: "payın götürüldüyü ümumi sayı adlandırır" },
    { phrase: "bütün fəaliyyət istiqamətləri üzrə", why: "müraciətlərin ümumi sayını mənbənin və applications.total göstəricisinin adı ilə adlandırır" },
  ],
};
