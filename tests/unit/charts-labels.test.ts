import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/lib/charts/labels.ts';

describe('placeLabels', () => {
  it('writes a name to the right of its point when there is room', () => {
    const [label] = placeLabels([{ x: 50, y: 50, r: 5, text: 'Pyongyang' }], { width: 400, height: 200 });
    expect(label).toEqual({ x: 59, y: 50 + 13 * 0.35, anchor: 'start' });
  });

  it('moves a name to the left near the right edge', () => {
    const [label] = placeLabels([{ x: 390, y: 50, r: 5, text: 'Vladivostok' }], { width: 400, height: 200 });
    expect(label!.anchor).toBe('end');
  });

  it('keeps a name off another point and off a name already placed', () => {
    const labels = placeLabels(
      [
        { x: 100, y: 100, r: 10, text: 'Moscou' },
        { x: 60, y: 100, r: 5, text: 'Munich' },
      ],
      { width: 400, height: 200 },
    );
    expect(labels[0]!.anchor).toBe('start');
    // Right of Munich is Moscow's disc: Munich's name goes to its left.
    expect(labels[1]!.anchor).toBe('end');
  });
});
