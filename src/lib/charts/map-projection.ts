/**
 * Maps drawn at build time: a frame (a rectangle of longitudes and latitudes) projected with
 * d3-geo, its land and borders as SVG path data cropped to the frame, and the places that fall in
 * it as points sized by their mentions. Coordinates are [longitude, latitude] in degrees (WGS 84).
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';

export type LonLat = readonly [number, number];

export interface MapFrame<Id extends string = string> {
  id: Id;
  /** West-south and east-north corners. */
  bounds: readonly [LonLat, LonLat];
  projection: 'mercator' | 'equal-earth';
  width: number;
  /** Decimals of the path data: 0 for a wide map (lighter), 1 for a detailed one. */
  digits?: number;
}

export interface ProjectedFrame {
  frame: MapFrame;
  width: number;
  height: number;
  projection: GeoProjection;
  /** SVG path data of a GeoJSON object, cropped to the frame. */
  path(object: GeoPermissibleObjects): string;
  /** Pixel position of a point, or undefined outside the frame. */
  point(lonLat: LonLat): [number, number] | undefined;
}

/** True when the point lies in the frame's rectangle of longitudes and latitudes. */
export function inFrame(frame: MapFrame, [lon, lat]: LonLat): boolean {
  const [[west, south], [east, north]] = frame.bounds;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** Outline of the frame's rectangle (corners and edge points, so that curved projections fit it). */
function frameOutline(frame: MapFrame): GeoPermissibleObjects {
  const [[west, south], [east, north]] = frame.bounds;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = west + ((east - west) * i) / 8;
    coordinates.push([lon, south], [lon, north]);
  }
  for (let i = 0; i <= 8; i++) {
    const lat = south + ((north - south) * i) / 8;
    coordinates.push([west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

export function projectFrame(frame: MapFrame): ProjectedFrame {
  const [[west], [east]] = frame.bounds;
  const base = frame.projection === 'mercator' ? geoMercator() : geoEqualEarth();
  // Centre the projection on the frame, so that the frame never straddles the projection's edge.
  const projection = base.rotate([-(west + east) / 2, 0]).fitWidth(frame.width, frameOutline(frame));
  const [[, y0], [, y1]] = geoPath(projection).bounds(frameOutline(frame));
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
  projection.clipExtent([
    [0, 0],
    [frame.width, height],
  ]);
  const draw = geoPath(projection).digits(frame.digits ?? 1);
  return {
    frame,
    width: frame.width,
    height,
    projection,
    path: (object) => draw(object) ?? '',
    point: (lonLat) => {
      if (!inFrame(frame, lonLat)) return undefined;
      const xy = projection([lonLat[0], lonLat[1]]);
      return xy ? [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10] : undefined;
    },
  };
}

/**
 * Each place goes to the first frame that holds it (frames from the most detailed to the widest):
 * a place is drawn once. Places outside every frame are returned apart.
 */
export function assignFrames<T extends { coordinates: LonLat }, Id extends string = string>(
  places: readonly T[],
  frames: readonly MapFrame<Id>[],
): { byFrame: Map<Id, T[]>; outside: T[] } {
  const byFrame = new Map(frames.map((frame) => [frame.id, [] as T[]]));
  const outside: T[] = [];
  for (const place of places) {
    const frame = frames.find((f) => inFrame(f, place.coordinates));
    if (!frame) {
      outside.push(place);
      continue;
    }
    const list = byFrame.get(frame.id) ?? [];
    byFrame.set(frame.id, list);
    list.push(place);
  }
  return { byFrame, outside };
}

/** Radius of a place's point: area proportional to its mentions, within [min, max] pixels. */
export function radiusScale(maxMentions: number, min = 4, max = 20): (mentions: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxMentions)])
    .range([min, max])
    .clamp(true);
  return (mentions) => Math.round(scale(mentions) * 10) / 10;
}
