import { describe, expect, it } from 'vitest';
import { elementEnd, elementSpan } from '../../src/lib/html-scan.ts';

describe('elementSpan and elementEnd', () => {
  const html = '<p id="p-1">a</p><ul><li id="p-2">b<ul><li id="p-3">c</li></ul></li></ul><p data-id="p-9">d</p>';

  it('finds an element by its id, nested elements of the same name included', () => {
    const outer = elementSpan(html, 'p-2')!;
    expect(html.slice(outer.start, outer.end)).toBe('<li id="p-2">b<ul><li id="p-3">c</li></ul></li>');
    const inner = elementSpan(html, 'p-3')!;
    expect(html.slice(inner.start, inner.end)).toBe('<li id="p-3">c</li>');
  });

  it('reads only the id attribute, whole, and reports an element never closed', () => {
    expect(elementSpan(html, 'p-9')).toBeUndefined();
    expect(elementSpan(html, 'p')).toBeUndefined();
    expect(elementSpan('<p id="p-1">a', 'p-1')).toBeUndefined();
    expect(elementEnd('<div><div></div>', 'div', 0)).toBe(-1);
  });
});
