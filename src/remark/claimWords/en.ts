import type { ClaimVocabulary } from "../claimWords.ts";

/** The English narratives' claim words (whole words), and the phrasings allowed to hold them. */
export const en: ClaimVocabulary = {
  words: [
    // direction
    "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling", "grew", "grow", "grows", "growth",
    "increase", "increased", "increases", "decrease", "decreased", "decreases", "decline", "declined", "declines", "drop", "dropped",
    "drops", "climb", "climbed", "jump", "jumped", "jumps", "up", "down", "higher", "lower", "more", "fewer", "less", "ahead",
    "outnumber", "outnumbered", "outnumbers", "exceed", "exceeded", "exceeds", "above", "below", "doubled", "halved", "flat",
    "unchanged", "barely", "steady", "steeply", "faster", "slower", "peak", "peaked", "peaking", "trend",
    // rank and extreme
    "largest", "smallest", "biggest", "highest", "lowest", "most", "least", "only", "sole", "record", "earliest", "latest", "last",
    // count
    "all", "every", "none", "both", "always", "never", "usually", "mostly", "majority", "half",
    // equality
    "same", "matched", "match", "matches", "equal", "equals", "level", "identical", "evenly", "exactly",
  ],
  allowed: [
    { phrase: "of all", why: "names the total a share is taken of (“of all decisions”)" },
    { phrase: "across all lines of work", why: "names the grand total of applications, as the source does" },
    { phrase: "the same months", why: "names the comparison period printed beside the figures" },
    { phrase: "the same line", why: "points to the source line two figures share" },
    { phrase: "the same procedure", why: "says two lines count one procedure" },
    { phrase: "the same procedures", why: "says which procedures electronic applications concern" },
    { phrase: "the same terms", why: "says two sources count a line alike" },
    { phrase: "the same label", why: "says what the two August 2023 bulletins print, not what they count" },
    { phrase: "the same month", why: "the question whether two bulletins describe one month" },
    { phrase: "add up", why: "the verb of a sum; what it claims (exactly, less than, short) is held to the data" },
    { phrase: "made up", why: "says what a figure is part of (“made up 46% of them”), not how it compares" },
    { phrase: "make up", why: "as “made up”" },
    { phrase: "first half", why: "names a half-year" },
    { phrase: "half a year", why: "the length of a period" },
    { phrase: "lines above", why: "points to the text, not to the figures" },
    { phrase: "see below", why: "points to the text" },
    { phrase: "at all", why: "emphasis of a negation, no count" },
    { phrase: "at the time", why: "says when a stock was counted" },
  ],
};
