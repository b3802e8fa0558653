import type { en } from "./en/index.ts";

/** The shape every edition's catalog has: the English one's (the compiler holds the others to it). */
export type Messages = typeof en;
