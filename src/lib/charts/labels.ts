/**
 * Where to write the name of each point of a map so that names do not cover each other or the
 * other points: to the right, else to the left, above or below, the first free side; the most
 * important points (first in the list) choose first. Text widths are estimates (characters ×
 * width), enough to keep a handful of names apart.
 */
export interface LabelPoint {
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A position for a label, and the box its text takes there. */
interface Candidate {
  label: PlacedLabel;
  box: Box;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(
  points: readonly LabelPoint[],
  { width, height, charWidth = 7, fontSize = 13 }: { width: number; height: number; charWidth?: number; fontSize?: number },
): PlacedLabel[] {
  const circles: Box[] = points.map((p) => ({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }));
  const taken: Box[] = [];
  return points.map((point, index) => {
    const w = point.text.length * charWidth;
    const gap = point.r + 4;
    const baseline = fontSize * 0.35;
    const candidates: [Candidate, ...Candidate[]] = [
      {
        label: { x: point.x + gap, y: point.y + baseline, anchor: 'start' },
        box: { x0: point.x + gap, y0: point.y - fontSize / 2, x1: point.x + gap + w, y1: point.y + fontSize / 2 },
      },
      {
        label: { x: point.x - gap, y: point.y + baseline, anchor: 'end' },
        box: { x0: point.x - gap - w, y0: point.y - fontSize / 2, x1: point.x - gap, y1: point.y + fontSize / 2 },
      },
      {
        label: { x: point.x, y: point.y - gap - 2, anchor: 'middle' },
        box: { x0: point.x - w / 2, y0: point.y - gap - fontSize, x1: point.x + w / 2, y1: point.y - gap },
      },
      {
        label: { x: point.x, y: point.y + gap + fontSize - 2, anchor: 'middle' },
        box: { x0: point.x - w / 2, y0: point.y + gap, x1: point.x + w / 2, y1: point.y + gap + fontSize },
      },
    ];
    const inside = (b: Box) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
    const free = (b: Box) => !taken.some((t) => overlaps(t, b)) && !circles.some((c, i) => i !== index && overlaps(c, b));
    const chosen = candidates.find((c) => inside(c.box) && free(c.box)) ?? candidates.find((c) => inside(c.box)) ?? candidates[0];
    taken.push(chosen.box);
    return chosen.label;
  });
}
