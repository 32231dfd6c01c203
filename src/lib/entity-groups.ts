/** Entities grouped by kind, in the vocabulary's order, each group most named first. */
import { entityKinds, type EntityKind } from '../schemas/enums.ts';

interface NamedEntity {
  id: string;
  data: { name: string; kind: EntityKind };
}

export function groupByKind<T extends NamedEntity>(
  named: readonly T[],
  counts: ReadonlyMap<string, number>,
): { kind: EntityKind; list: T[] }[] {
  const count = (entity: T) => counts.get(entity.id) ?? 0;
  return entityKinds
    .map((kind) => ({
      kind,
      list: named.filter((e) => e.data.kind === kind).sort((a, b) => count(b) - count(a) || a.data.name.localeCompare(b.data.name, 'fr')),
    }))
    .filter((group) => group.list.length > 0);
}
