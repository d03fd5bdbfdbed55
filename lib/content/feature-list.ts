/**
 * The features of the content runtime, registered in one place. The order here is the order in
 * which features see intercepted events: the group guard first, because a group dialog's confirm
 * control is never a composer's.
 */
import { composerGuard } from './composer/feature';
import type { FeatureDefinition } from './features';
import { groupGuard } from './group/feature';

export const FEATURES: readonly FeatureDefinition[] = [groupGuard, composerGuard];
