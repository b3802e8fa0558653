/**
 * The words the narrative check holds to the data: a direction, a rank or extreme, a count
 * or an equality, written bare in a sentence that cites a figure or a period, would turn
 * false without a sound when the figures change. Such a word goes inside a `:claim` (or is
 * rendered by `:change` / `:diff`). Each edition's narratives are read with the words of
 * their language (src/remark/claimWords/<lang>.ts).
 *
 * `allowed` are the phrasings that hold such a word without making a claim about the data;
 * each says why. Keep the list short: a phrase belongs here only if no figure can make it false.
 */
import type { Edition } from "../lib/i18n/editionPaths.ts";
import { az } from "./claimWords/az.ts";
import { en } from "./claimWords/en.ts";
import { ru } from "./claimWords/ru.ts";

export interface ClaimVocabulary {
  /** Whole words (lower case), matched without regard to case. */
  words: readonly string[];
  /** Beginnings of words, for languages that inflect them ("вырос" for выросло, выросли…; "art" for artıb, artım…). */
  stems?: readonly string[];
  allowed: readonly { phrase: string; why: string }[];
}

export const CLAIM_WORDS: Record<Edition, ClaimVocabulary> = { en, az, ru };
