import { describe, expect, it } from 'vitest';
import { groupByKind } from '../../src/lib/entity-groups.ts';

const entity = (id: string, name: string, kind: 'person' | 'place' | 'country') => ({ id, data: { name, kind } });

describe('groupByKind', () => {
  const named = [
    entity('moscou', 'Moscou', 'place'),
    entity('kim', 'Kim Jong Un', 'person'),
    entity('choigu', 'Sergueï Choïgou', 'person'),
    entity('eric', 'Éric', 'person'),
    entity('russie', 'Russie', 'country'),
  ];
  const counts = new Map([
    ['kim', 5],
    ['choigu', 1],
    ['eric', 1],
    ['moscou', 2],
    ['russie', 3],
  ]);

  it('keeps the vocabulary order of kinds and leaves out empty kinds', () => {
    expect(groupByKind(named, counts).map((g) => g.kind)).toEqual(['person', 'place', 'country']);
  });

  it('puts the most named first, then sorts ties in French alphabetical order', () => {
    expect(groupByKind(named, counts)[0]?.list.map((e) => e.id)).toEqual(['kim', 'eric', 'choigu']);
  });

  it('counts an entity missing from the counts as named zero times', () => {
    const groups = groupByKind([entity('a', 'A', 'person'), entity('b', 'B', 'person')], new Map([['b', 1]]));
    expect(groups[0]?.list.map((e) => e.id)).toEqual(['b', 'a']);
  });
});
