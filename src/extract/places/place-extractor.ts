import type { Certainty, ClaimDraft, Extractor, ExtractorContext, PlaceValue } from '../../types.js';
import { geoRefOf } from '../../gazetteer/index.js';
import { analyzeEntities } from '../people/entity-analysis.js';
import { relativeLocationsIn } from './relative-location.js';
import { resolvePlaces } from './resolve-place.js';

/**
 * Places: countries, regions and towns from the gazetteer (with their containment), places the
 * gazetteer lacks when the context says "place" ("the village of X", "X island"), and relative
 * locations ("about 14 miles north-northeast of X"), whose reference is resolved like any place.
 */
export const placeExtractor: Extractor = {
  kind: 'place',
  extract({ doc, earlier }: ExtractorContext): ClaimDraft[] {
    const { places } = analyzeEntities(doc, earlier);
    const resolutions = resolvePlaces(places);
    const drafts: ClaimDraft<'place'>[] = [];
    places.forEach((mention, i) => {
      const resolution = resolutions[i]!;
      const value: PlaceValue = {
        name: mention.name,
        ...(resolution.entry && resolution.exact ? { geo: geoRefOf(resolution.entry) } : {}),
        containedIn: resolution.containedIn,
      };
      const certainty: Record<string, Certainty> = { name: 'stated' };
      if (value.geo) certainty.geo = 'implied';
      if (value.containedIn.length > 0) certainty.containedIn = mention.qualifier ? 'stated' : 'implied';
      drafts.push({ kind: 'place', span: { start: mention.start, end: mention.end }, value, certainty });
    });
    // Place mentions by span (the first of each), for the reference of a relative location.
    const placeAt = new Map<string, number>();
    places.forEach((place, i) => {
      const key = `${place.start}:${place.end}`;
      if (!placeAt.has(key)) placeAt.set(key, i);
    });
    for (const sentence of doc.sentences) {
      for (const match of relativeLocationsIn(sentence)) {
        const at = match.referenceSpan ? placeAt.get(`${match.referenceSpan.start}:${match.referenceSpan.end}`) ?? -1 : -1;
        const reference = at === -1 ? undefined : resolutions[at];
        const referenceGeo = reference?.entry && reference.exact ? geoRefOf(reference.entry) : undefined;
        const certainty: Record<string, Certainty> = { distance: 'stated', reference: 'stated' };
        if (match.relative.bearing) certainty.bearing = 'stated';
        if (match.unitGuessed) certainty.unit = 'implied';
        if (referenceGeo) certainty.referenceGeo = 'implied';
        drafts.push({
          kind: 'place',
          span: match.span,
          value: { name: match.relative.reference, containedIn: [], relative: { ...match.relative, ...(referenceGeo ? { referenceGeo } : {}) } },
          certainty,
        });
      }
    }
    return drafts;
  },
};
