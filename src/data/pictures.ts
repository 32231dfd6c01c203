/**
 * What the pictures show, derived from the evidence layer: the timeline's overview, the maps, and
 * the charts of mentions. Geometry comes from the pure functions of src/lib/charts/; this module
 * only feeds them the corpus. Computed at build time; no chart code reaches the browser.
 */
import { extent, max } from 'd3-array';
import { feature, mesh } from 'topojson-client';
import { line } from 'd3-shape';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json';
import countries110m from 'world-atlas/countries-110m.json';
import type { Evidence, Entity } from './evidence.ts';
import { entityPath, publicationAnchor } from '../lib/urls.ts';
import type { Dossier } from '../schemas/dossier.ts';
import { dateWindow, earliestDay } from '../lib/dates.ts';
import { layoutOverview, type OverviewItem } from '../lib/charts/timeline-overview.ts';
import { evenAxis } from '../lib/charts/time-axis.ts';
import { ui } from '../i18n/fr.ts';
import {
  assignFrames,
  inFrame,
  projectFrame,
  radiusScale,
  type LonLat,
  type MapFrame,
  type ProjectedFrame,
} from '../lib/charts/map-projection.ts';
import { countByMonth, monthsBetween } from '../lib/charts/bar-chart.ts';
import { placeLabels } from '../lib/charts/labels.ts';
import { sortOnAxis } from '../lib/timeline.ts';

/**
 * The overview's layout, on the dossier's axis (content/dossier.yaml `timelineAxis`) or, without
 * one, on an even axis over the years of its items; with the sentence that says what the axis is.
 */
export function timelineOverview(evidence: Evidence, axis: Dossier['timelineAxis'], width = 960) {
  const items = sortOnAxis([
    ...evidence.events.map((event) => ({ layer: 'event' as const, id: event.anchor, span: event.span })),
    ...evidence.articles.map((article) => ({ layer: 'article' as const, id: publicationAnchor(article.id), span: article.data.published })),
  ]);
  const eventByAnchor = new Map(evidence.events.map((event) => [event.anchor, event]));
  const overviewItems: OverviewItem[] = items.map((item) => {
    const window = dateWindow(item.span);
    const event = eventByAnchor.get(item.id);
    return {
      id: item.id,
      layer: item.layer,
      ...window,
      ...(event?.divergent ? { versions: event.dateVersions.map((v) => dateWindow({ date: v.date })) } : {}),
    };
  });
  const eras = [...evidence.eras].sort((a, b) => earliestDay(a.data.start).localeCompare(earliestDay(b.data.start)));
  // The even axis spans every item and every era's start (an era is a band from its start).
  const [first, last] = extent([
    ...overviewItems.flatMap((item) => [item.from, item.to]),
    ...eras.map((era) => earliestDay(era.data.start)),
  ]);
  if (first === undefined || last === undefined) return undefined;
  const { segments, end } = axis ?? evenAxis(first, last);
  const layout = layoutOverview(
    overviewItems,
    eras.map((era) => ({ id: era.id, start: earliestDay(era.data.start), label: era.data.title })),
    { width, segments, end },
  );
  const axisDescription = axis?.description ?? ui.pictures.evenAxis(first.slice(0, 4), last.slice(0, 4));
  return { layout, description: ui.pictures.overviewDescription(axisDescription) };
}

/** A map of the dossier (content/dossier.yaml), with its title and description. */
export type DossierMap = MapFrame & { atlas: '50m' | '110m'; title: string; description: string };

/** The dossier's maps as frames: most detailed first, a place is drawn on the first that holds it. */
function mapFramesOf(maps: Dossier['maps']): DossierMap[] {
  return maps.map((map) => ({ ...map, width: 720 }));
}

const atlases = { '50m': countries50m as unknown as Topology, '110m': countries110m as unknown as Topology };

export interface MapPlace {
  entity: Entity;
  coordinates: LonLat;
  mentions: number;
}

/** Places and countries the articles name, with their mentions; those without coordinates apart. */
export function placesOf(evidence: Evidence): { placed: MapPlace[]; unplaced: { entity: Entity; mentions: number }[] } {
  const all = [...evidence.entities.values()]
    .filter((entity) => entity.data.kind === 'place' || entity.data.kind === 'country')
    .map((entity) => ({ entity, mentions: evidence.mentionsByEntity.get(entity.id)?.length ?? 0 }))
    .sort((a, b) => b.mentions - a.mentions || a.entity.data.name.localeCompare(b.entity.data.name, 'fr'));
  return {
    placed: all.flatMap((place) => (place.entity.data.coordinates ? [{ ...place, coordinates: place.entity.data.coordinates }] : [])),
    unplaced: all.filter((place) => !place.entity.data.coordinates),
  };
}

export function placeMaps(evidence: Evidence, dossierMaps: Dossier['maps']) {
  const mapFrames = mapFramesOf(dossierMaps);
  const { placed, unplaced } = placesOf(evidence);
  const { byFrame, outside } = assignFrames(placed, mapFrames);
  const radius = radiusScale(max(placed, (p) => p.mentions) ?? 0);
  const journeys = evidence.events.filter((event) => event.route.length >= 2);
  const maps = mapFrames.map((frame) => {
    const projected = projectFrame(frame);
    const topology = atlases[frame.atlas];
    const countries = topology.objects.countries as GeometryCollection;
    const land = feature(topology, topology.objects.land as GeometryCollection) as FeatureCollection;
    const points = (byFrame.get(frame.id) ?? []).map((place) => {
      const [x, y] = pointOn(projected, place.coordinates, place.entity.id);
      return { ...place, x, y, r: radius(place.mentions), path: entityPath(place.entity.id), text: place.entity.data.name };
    });
    const labels = placeLabels(points, { width: projected.width, height: projected.height });
    const places = points.map((place, i) => {
      const label = labels[i];
      if (!label) throw new Error(`no label placed for ${place.entity.id}`);
      return { ...place, label };
    });
    // A journey is drawn on the most detailed map that holds all its stops.
    const routes = journeys.flatMap((event) => {
      const home = mapFrames.find((f) => event.route.every((stop) => inFrame(f, stopCoordinates(stop))));
      if (home?.id !== frame.id) return [];
      const stops = event.route.map((stop) => pointOn(projected, stopCoordinates(stop), stop.id));
      return [{ event, d: line()(stops) ?? '' }];
    });
    // The widest map (the last) shows the outline of the more detailed ones.
    const insets = mapFrames
      .filter((other) => other.id !== frame.id && frame === mapFrames.at(-1))
      .map((other) => ({ frame: other, d: outlinePath(projected.projection, other) }));
    return {
      frame,
      width: projected.width,
      height: projected.height,
      land: projected.path(land),
      borders: projected.path(mesh(topology, countries, (a, b) => a !== b)),
      places,
      routes,
      insets,
    };
  });
  return { maps, unplaced, outside };
}

/** A journey's stop: the evidence layer keeps only stops with coordinates (and reports the others). */
function stopCoordinates(stop: Entity): LonLat {
  const { coordinates } = stop.data;
  if (!coordinates) throw new Error(`route stop ${stop.id} has no coordinates`);
  return coordinates;
}

/** Pixel position of a point already known to lie in the frame (assigned to it, or checked with inFrame). */
function pointOn(projected: ProjectedFrame, lonLat: LonLat, what: string): [number, number] {
  const xy = projected.point(lonLat);
  if (!xy) throw new Error(`${what} at [${lonLat.join(', ')}] does not fall on the map ${projected.frame.id}`);
  return xy;
}

/** Outline of a frame's rectangle drawn in another projection (edges sampled: they may curve). */
function outlinePath(projection: (p: [number, number]) => [number, number] | null, frame: MapFrame): string {
  const [[w, s], [e, n]] = frame.bounds;
  const steps = 12;
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) ring.push([w + ((e - w) * i) / steps, s]);
  for (let i = 0; i <= steps; i++) ring.push([e, s + ((n - s) * i) / steps]);
  for (let i = 0; i <= steps; i++) ring.push([e - ((e - w) * i) / steps, n]);
  for (let i = 0; i <= steps; i++) ring.push([w, n - ((n - s) * i) / steps]);
  const points = ring.map((p) => projection(p)).filter((p): p is [number, number] => p !== null);
  return `M${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
}

/** The months of publication of the corpus, first to last: one axis for every entity's chart. */
export function publicationMonths(evidence: Evidence): string[] {
  const months = evidence.articles.map((article) => article.data.published.date.slice(0, 7)).sort();
  const first = months[0];
  const last = months.at(-1);
  return first === undefined || last === undefined ? [] : monthsBetween(first, last);
}

/** An entity's mentions by month of publication of the article that names it. */
export function mentionsByMonth(evidence: Evidence, entityId: string) {
  const mentions = evidence.mentionsByEntity.get(entityId) ?? [];
  return countByMonth(
    publicationMonths(evidence),
    mentions.map((m) => m.article.data.published.date),
  );
}
