/**
 * Progressive enhancement of a page of the timeline: filters by kind and by person (kept in the
 * URL so a filtered view can be shared, and carried to the neighbouring periods) and arrow-key
 * navigation between events. Without it, the page shows every event and reads the same.
 */
import { ui } from '../i18n/fr.ts';

export function setUpTimeline(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-timeline-filters]');
  const timeline = root.querySelector<HTMLElement>('[data-timeline]');
  if (!form || !timeline) return;
  const events = [...timeline.querySelectorAll<HTMLElement>('[data-timeline-event]')];
  const count = form.querySelector<HTMLElement>('[data-timeline-count]');
  const kind = form.elements.namedItem('type') as HTMLSelectElement;
  const person = form.elements.namedItem('personne') as HTMLSelectElement;
  // The links to the neighbouring periods carry the filters on.
  const pager = [...root.querySelectorAll<HTMLAnchorElement>('[data-timeline-pager] a[rel]')];

  const params = new URLSearchParams(location.search);
  kind.value = params.get('type') ?? '';
  person.value = params.get('personne') ?? '';
  if (kind.value !== (params.get('type') ?? '')) kind.value = '';
  if (person.value !== (params.get('personne') ?? '')) person.value = '';

  const apply = (updateUrl: boolean): void => {
    let shown = 0;
    for (const event of events) {
      const visible =
        (!kind.value || event.dataset.kind === kind.value) &&
        (!person.value || (event.dataset.people ?? '').split(' ').includes(person.value));
      event.hidden = !visible;
      if (visible) shown++;
    }
    // Articles stay on the axis only when no filter is set: they are not events.
    const filtering = Boolean(kind.value || person.value);
    for (const article of timeline.querySelectorAll<HTMLElement>('[data-timeline-article]')) article.hidden = filtering;
    for (const group of [...timeline.querySelectorAll<HTMLElement>('[data-timeline-group]')].reverse()) {
      group.hidden = !group.querySelector('.timeline-item:not([hidden])');
    }
    if (count) count.textContent = ui.timeline.filterResult(shown, events.length);
    const withFilters = (url: URL): URL => {
      for (const [name, value] of [
        ['type', kind.value],
        ['personne', person.value],
      ] as const) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      return url;
    };
    if (updateUrl) history.replaceState(null, '', withFilters(new URL(location.href)));
    for (const link of pager) {
      const target = withFilters(new URL(link.href));
      link.setAttribute('href', `${target.pathname}${target.search}`);
    }
  };

  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  form.hidden = false;
  apply(false);

  // Up and down arrows move between visible events when focus is inside the list.
  timeline.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-timeline-event]');
    if (!current) return;
    const visible = events.filter((item) => !item.hidden);
    const next = visible[visible.indexOf(current) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
