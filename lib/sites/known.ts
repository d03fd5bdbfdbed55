/**
 * What the "Not working here?" diagnostic may show verbatim on each site (lib/sites/kit/diagnostic.ts):
 * the words, classes and attribute values that site's selectors and label patterns (text.ts) name;
 * every other word of a label is masked. Loaded only by the diagnostic content script, so the
 * site scripts carry none of it.
 */
import type { Site } from '../analysis/types';
import * as FS from './facebook/selectors';
import * as FT from './facebook/text';
import { knownOf, regexesOf, type Known } from './kit/diagnostic';
import * as LS from './linkedin/selectors';
import * as LT from './linkedin/text';
import * as XS from './xing/selectors';
import * as XT from './xing/text';

export const KNOWN: Readonly<Record<Site, () => Known>> = {
  linkedin: () => knownOf(Object.values(LS), regexesOf(LT)),
  facebook: () => knownOf(Object.values(FS), regexesOf(FT)),
  xing: () => knownOf(Object.values(XS), regexesOf(XT)),
};
