import type { ReconcileRule } from '../../types.js';
import { differentEventsRule } from './different-events.js';
import { meetingStatusRule } from './meeting-status.js';
import { nameVariantRule } from './name-variant.js';
import { quantityAgreementRule } from './quantity-agreement.js';
import { quoteWordingRule } from './quote-wording.js';
import { recordAgreementRule } from './record-agreement.js';
import { relativeLocationRule } from './relative-location.js';
import { timeAgreementRule } from './time-agreement.js';
import { timezoneLabelRule } from './timezone-label.js';

/**
 * Every comparison rule. They are independent and pure; the order only breaks ties when findings are sorted,
 * so the event-level rule comes first, then facts (meetings, numbers, places, records, quotes), then wording.
 */
export const RULES: readonly ReconcileRule[] = [
  differentEventsRule,
  meetingStatusRule,
  quantityAgreementRule,
  relativeLocationRule,
  recordAgreementRule,
  quoteWordingRule,
  timeAgreementRule,
  timezoneLabelRule,
  nameVariantRule,
];
