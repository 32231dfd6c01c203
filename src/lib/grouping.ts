/**
 * Groups items already in order into consecutive runs that share a key (eras, then years on a
 * timeline), keeping the order: [[key, items], ...].
 */
export function groupConsecutive<T, K>(items: readonly T[], keyOf: (item: T) => K): [K, T[]][] {
  const groups: [K, T[]][] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last && last[0] === key) last[1].push(item);
    else groups.push([key, [item]]);
  }
  return groups;
}
