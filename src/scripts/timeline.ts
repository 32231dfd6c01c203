/**
 * Progressive enhancement of /chronologie/: filters by kind and by person (kept in the URL so a
 * filtered view can be shared) and arrow-key navigation between events. Without it, the page
 * shows every event and reads the same.
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
  // The overview's marks (/chronologie/'s picture) follow the filters: a mark whose item is hidden fades and leaves the tab order.
  const marks = [...root.querySelectorAll<SVGAElement>('[data-timeline-overview] a[data-layer]')];

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
    for (const mark of marks) {
      const out = Boolean(root.getElementById(mark.getAttribute('href')?.slice(1) ?? '')?.hidden);
      mark.classList.toggle('opacity-20', out);
      if (out) {
        mark.setAttribute('tabindex', '-1');
        mark.setAttribute('aria-hidden', 'true');
      } else {
        mark.removeAttribute('tabindex');
        mark.removeAttribute('aria-hidden');
      }
      mark.toggleAttribute('data-filtered-out', out);
    }
    if (count) count.textContent = ui.timeline.filterResult(shown, events.length);
    if (updateUrl) {
      const url = new URL(location.href);
      for (const [name, value] of [
        ['type', kind.value],
        ['personne', person.value],
      ] as const) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
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
