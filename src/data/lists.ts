/**
 * The paginated lists of the build, derived once from the evidence layer: quotes by speaker,
 * figures and claims by claimant, the disagreements in their order, and where each item lands
 * (which page of which list), so that a link to an item on another page finds it. The grouping
 * and ordering are the tested functions of src/lib; this module only feeds them and caches.
 */
import { loadEvidence, type Entity, type TimelineEvent, type VerifiedClaim, type VerifiedQuote } from './evidence.ts';
import { claimsByClaimant, quotesBySpeaker } from '../lib/analysis.ts';
import { datedDisagreements, orderedContradictions } from '../lib/disagreements.ts';
import { itemPages, pageOfIndex, pageSizes } from '../lib/pagination.ts';
import { claimantClaimsPath, claimItemId, disagreementPath, OUTLET_VOICE } from '../lib/urls.ts';

export interface SpeakerQuotes {
  speaker: Entity;
  quotes: VerifiedQuote[];
}

export interface ClaimantClaims {
  /** An entity id, or OUTLET_VOICE for outlets in their own voice. */
  slug: string;
  claimant: Entity | undefined;
  claims: VerifiedClaim[];
}

export interface Lists {
  speakers: SpeakerQuotes[];
  claimants: ClaimantClaims[];
  /** A claim by key, with the path (without base) of its item in its claimant's list. */
  claimTarget: (key: string) => { statement: string; path: string } | undefined;
  datedDisagreements: TimelineEvent[];
  /** The path of an event's entry among the dated disagreements, on the page that holds it. */
  disagreementPathOf: (eventId: string) => string | undefined;
  contradictions: [VerifiedClaim, VerifiedClaim][];
}

let cached: Promise<Lists> | undefined;

export function loadLists(): Promise<Lists> {
  cached ??= (async () => {
    const { articles, quotes, claims, events, entities } = await loadEvidence();
    // A claimant's path segment is its entity id: no entity may take the outlets' own.
    if (entities.has(OUTLET_VOICE)) {
      throw new Error(`entities.yaml: the id "${OUTLET_VOICE}" is reserved (the list of what outlets say in their own voice)`);
    }
    const order = new Map(articles.map((article, index) => [article.id, index]));
    const rank = (id: string) => order.get(id) ?? Infinity;
    const claimants = claimsByClaimant(claims, rank).map(({ claimant, claims: list }) => ({
      slug: claimant?.id ?? OUTLET_VOICE,
      claimant,
      claims: list,
    }));
    const claimPlaces = itemPages(
      claimants.map(({ slug, claims: items }) => ({ group: slug, items })),
      pageSizes.claims,
      (claim) => claim.key,
    );
    const byKey = new Map(claims.map((claim) => [claim.key, claim]));
    const dated = datedDisagreements(events, (event) => event.entry.data.importance);
    const datedPages = new Map(dated.map((event, index) => [event.id, pageOfIndex(index, pageSizes.disagreements)]));
    return {
      speakers: quotesBySpeaker(quotes, rank),
      claimants,
      claimTarget: (key) => {
        const place = claimPlaces.get(key);
        const claim = byKey.get(key);
        return place && claim && { statement: claim.statement, path: `${claimantClaimsPath(place.group, place.page)}#${claimItemId(key)}` };
      },
      datedDisagreements: dated,
      disagreementPathOf: (eventId) => {
        const page = datedPages.get(eventId);
        return page === undefined ? undefined : disagreementPath(eventId, page);
      },
      contradictions: orderedContradictions(claims, rank),
    };
  })();
  return cached;
}
