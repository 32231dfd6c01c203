/**
 * The closed vocabularies of the content, as plain lists: the schemas validate against them, the
 * interface labels each value (src/i18n/fr.ts, typed so that a value without a label does not
 * compile), and the benchmark's generator draws from them. No Astro or zod import: anything may use it.
 */

export const eventKinds = [
  'meeting',
  'visit',
  'statement',
  'treaty',
  'agreement',
  'delivery',
  'sanction',
  'military',
  'forum',
  'milestone',
] as const;

export const eventStatuses = ['announced', 'confirmed', 'reported', 'denied'] as const;

export const entityKinds = ['person', 'place', 'country', 'organisation', 'media'] as const;

export const claimKinds = ['figure', 'claim'] as const;
export const attributions = ['affirme', 'estime', 'selon', 'dément', 'rapporte', 'soupçonne', 'prévoit', 'constate'] as const;

export const truncationReasons = ['paywall', 'cut-off'] as const;
export const removalKinds = ['debris', 'metadata'] as const;

export type EventKind = (typeof eventKinds)[number];
export type EventStatus = (typeof eventStatuses)[number];
export type EntityKind = (typeof entityKinds)[number];
export type ClaimKind = (typeof claimKinds)[number];
export type Attribution = (typeof attributions)[number];
export type TruncationReason = (typeof truncationReasons)[number];
