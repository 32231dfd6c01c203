/**
 * Old links to an event on /chronologie/ (`/chronologie/#evenement-…`, from before the timeline
 * had a page per period) go on to the event's page. The anchors' map is fetched only when the
 * fragment names nothing on this page; without JavaScript, the list of periods is a click away.
 */
import { movedAnchorTarget, type AnchorMap } from '../lib/timeline.ts';

export function followMovedAnchor(root: Document): void {
  const source = root.querySelector<HTMLElement>('[data-timeline-anchors]')?.dataset.timelineAnchors;
  const notice = root.querySelector<HTMLElement>('[data-moved-anchor]');
  if (!source) return;
  const follow = async (): Promise<void> => {
    let anchor: string;
    try {
      anchor = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!anchor || root.getElementById(anchor)) return;
    if (notice) notice.hidden = false;
    try {
      const response = await fetch(source);
      if (!response.ok) throw new Error(`${source}: ${response.status}`);
      const target = movedAnchorTarget((await response.json()) as AnchorMap, anchor, location.search);
      if (target) location.replace(target);
      else if (notice) notice.hidden = true;
    } catch {
      if (notice) notice.hidden = true;
    }
  };
  window.addEventListener('hashchange', () => void follow());
  void follow();
}
