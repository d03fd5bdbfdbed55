/** The labelled corpus (tests/analysis/corpus/*.jsonl): loading only, no analyzer. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DraftContext, RuleId } from '../../lib/analysis/types';

export interface CorpusLine {
  id: string;
  lang: string;
  text: string;
  context?: DraftContext;
  expect: RuleId[];
  /** dev/test: the team's own items (tuning); train: independent authors' items the model learns
   *  from; blind: authors whose text is never trained or tuned on, scored only at milestones. */
  split?: 'dev' | 'test' | 'train' | 'blind';
  seq?: string;
  /** Who wrote the item (a persona id) — cross-validation holds out one author at a time. */
  author?: string;
  /** Where the text comes from, when it is not written for this corpus. */
  source?: string;
  why?: string;
}

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

export function loadCorpus(dir = corpusDir): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .forEach((l, i) => {
        if (!l.trim()) return;
        try {
          out.push(JSON.parse(l) as CorpusLine);
        } catch (e) {
          throw new Error(`${f}:${i + 1}: ${(e as Error).message}`);
        }
      });
  }
  return out;
}

