import type { Rule } from '../engine/rule';
import noLatestImageTagK8s from './kubernetes/no-latest-image-tag';

/** Every rule the engine knows; the catalog has exactly one entry for each (tested). */
export const allRules: readonly Rule[] = [noLatestImageTagK8s];
