import type { ReconcileRule } from '../../types.js';
import { nameVariantRule } from './name-variant.js';

/** Every comparison rule, in the order they run (the order only breaks ties when sorting findings). */
export const RULES: readonly ReconcileRule[] = [nameVariantRule];
