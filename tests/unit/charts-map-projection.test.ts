import { describe, expect, it } from 'vitest';
import { assignFrames, inFrame, projectFrame, radiusScale, type MapFrame } from '../../src/lib/charts/map-projection.ts';

const region: MapFrame = {
  id: 'region',
  bounds: [
    [120, 33],
    [143, 47],
  ],
  projection: 'mercator',
  width: 720,
};
const world: MapFrame = {
  id: 'world',
  bounds: [
    [-130, -38],
    [165, 78],
  ],
  projection: 'equal-earth',
  width: 720,
  digits: 0,
};
const vladivostok = [131.8855, 43.1155] as const;
const pyongyang = [125.7625, 39.0392] as const;
const moscow = [37.6173, 55.7558] as const;

describe('inFrame', () => {
  it('tells whether a point is in the frame’s rectangle', () => {
    expect(inFrame(region, vladivostok)).toBe(true);
    expect(inFrame(region, moscow)).toBe(false);
    expect(inFrame(world, moscow)).toBe(true);
  });
});

describe('projectFrame', () => {
  const projected = projectFrame(region);

  it('fits the frame to its width, with a height that keeps its shape', () => {
    expect(projected.width).toBe(720);
    expect(projected.height).toBeGreaterThan(400);
    expect(projected.height).toBeLessThan(900);
  });

  it('puts north up and east right, inside the picture', () => {
    const [vx, vy] = projected.point(vladivostok)!;
    const [px, py] = projected.point(pyongyang)!;
    expect(vx).toBeGreaterThan(px);
    expect(vy).toBeLessThan(py);
    for (const v of [vx, px]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(720);
    }
    for (const v of [vy, py]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(projected.height);
    }
  });

  it('has no point for a place outside the frame', () => {
    expect(projected.point(moscow)).toBeUndefined();
  });

  it('crops shapes to the frame and writes the decimals it is told', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [100, 20],
          [100, 60],
          [160, 60],
          [160, 20],
          [100, 20],
        ],
      ],
    };
    const d = projected.path(square);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(Math.max(720, projected.height));
    }
    expect(projectFrame(world).path(square)).not.toMatch(/\.\d/);
  });
});

describe('assignFrames', () => {
  it('puts each place on the first frame that holds it, once, and keeps the others apart', () => {
    const places = [
      { id: 'v', coordinates: vladivostok },
      { id: 'm', coordinates: moscow },
      { id: 's', coordinates: [-70, -60] as const },
    ];
    const { byFrame, outside } = assignFrames(places, [region, world]);
    expect(byFrame.get('region')!.map((p) => p.id)).toEqual(['v']);
    expect(byFrame.get('world')!.map((p) => p.id)).toEqual(['m']);
    expect(outside.map((p) => p.id)).toEqual(['s']);
  });
});

describe('radiusScale', () => {
  it('grows with the square root of the mentions, within its bounds', () => {
    const radius = radiusScale(100, 4, 20);
    expect(radius(0)).toBe(4);
    expect(radius(100)).toBe(20);
    expect(radius(25)).toBe(12);
    expect(radius(1000)).toBe(20);
  });
});
