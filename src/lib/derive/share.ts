/** `part` as a percent of `whole`; undefined for an empty whole. */
export function share(part: number, whole: number): number | undefined {
  if (whole === 0) return undefined;
  return (part / whole) * 100;
}
