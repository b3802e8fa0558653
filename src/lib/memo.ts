/**
 * `compute`, run once per key object and remembered for as long as the key lives: for the
 * indexes that pages would otherwise rebuild from a whole dataset's arrays one page at a
 * time (a cost that grows with the square of the periods). The dataset's arrays are never
 * changed once loaded, which is what makes an index of one valid for good.
 */
export function memoised<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key)!;
    const value = compute(key);
    made.set(key, value);
    return value;
  };
}
