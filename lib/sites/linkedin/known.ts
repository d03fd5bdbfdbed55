/**
 * What the "Not working here?" diagnostic may show verbatim on LinkedIn (lib/sites/kit/diagnostic.ts):
 * the words, classes and attribute values its selectors and label patterns (text.ts) name; every
 * other word of a label is masked. Built only when the popup asks.
 */
import { knownOf, regexesOf, type Known } from '../kit/diagnostic';
import * as S from './selectors';
import * as T from './text';

export const known = (): Known => knownOf(Object.values(S), regexesOf(T));
