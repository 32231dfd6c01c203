import { describe, expect, it } from 'vitest';
import { duplicateKeys, parseYamlMap } from '../../src/lib/yaml-map.ts';

describe('parseYamlMap', () => {
  it('reads entries keyed by id', () => {
    expect(parseYamlMap('kim:\n  name: Kim\npoutine:\n  name: Poutine\n', 'entities.yaml')).toEqual({
      kim: { name: 'Kim' },
      poutine: { name: 'Poutine' },
    });
  });

  it('names the file, the id written twice and its lines', () => {
    const text = 'kim:\n  name: Kim\npoutine:\n  name: Poutine\nkim:\n  name: Kim Jong Un\n';
    expect(() => parseYamlMap(text, 'content/entities.yaml')).toThrow('content/entities.yaml: "kim" is written twice (lines 1 and 5)');
  });

  it('names a field written twice inside an entry', () => {
    expect(() => parseYamlMap('kim:\n  name: Kim\n  name: Kim Jong Un\n', 'entities.yaml')).toThrow(
      'entities.yaml: "kim.name" is written twice (lines 2 and 3)',
    );
  });

  it('names the file and the line of a syntax error', () => {
    expect(() => parseYamlMap('kim:\n  variants: [Kim\nporutine: 1\n', 'entities.yaml')).toThrow(/^entities\.yaml: line \d+: /);
  });

  it('refuses a file that is not entries keyed by id', () => {
    expect(() => parseYamlMap('- kim\n- poutine\n', 'entities.yaml')).toThrow('entities.yaml: expected entries keyed by id');
  });
});

describe('duplicateKeys', () => {
  it('looks inside lists too', () => {
    expect(duplicateKeys('a:\n  - x: 1\n    x: 2\n')).toEqual([{ path: 'a[0].x', lines: [2, 3] }]);
  });
});
