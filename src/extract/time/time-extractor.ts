import type { ClaimDraft, Extractor, ExtractorContext } from '../../types.js';
import { resolveMentions } from './resolve.js';
import { scanDocument } from './scan.js';

/**
 * Time expressions normalised to TIMEX3 (TempEval-3 style): our rules and chrono-node find them
 * (`scan.ts`), then each is placed against the publication date reading tense and cue words
 * (`resolve.ts`). Without a publication date, relative expressions keep their unanchored form
 * (`XXXX-WXX-3`), never an invented year.
 */
export const timeExtractor: Extractor = {
  kind: 'time',
  extract({ doc, published }: ExtractorContext): ClaimDraft[] {
    const mentions = scanDocument(doc);
    const resolutions = resolveMentions(mentions, published.value);
    return mentions.map((mention, i) => ({
      kind: 'time',
      span: mention.span,
      value: resolutions[i]!.value,
      certainty: resolutions[i]!.certainty,
    }));
  },
};
