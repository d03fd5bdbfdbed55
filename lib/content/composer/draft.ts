/**
 * What a session reads of its composer: the draft with its context (the recipient's relationship
 * info and the thread's days folded in), what the background should judge, and the findings for a
 * draft — the analyzer's rules plus the background's verdict when it is for exactly this draft,
 * minus the checks the user switched off. No UI, no decisions (./session.ts).
 */
import { analyzeWithRules } from '../../analysis/core';
import type { Finding, SendMemory } from '../../analysis/types';
import type { JudgeRequest } from '../../messaging/types';
import type { Composer, ComposerContext } from '../../sites/types';
import type { RuntimeHost } from '../features';
import type { Lifetime } from '../lifetime';
import { draftContext } from './context';
import { JudgeClient } from './judge';
import { RecipientInfo } from './recipient';
import type { ThreadReporter } from './thread';

export interface Draft {
  text: string;
  ctx: ComposerContext;
  req: JudgeRequest;
}

export class DraftReader {
  readonly judge: JudgeClient;
  readonly recipient: RecipientInfo;

  /** `changed`: a verdict or the recipient's info arrived — judge the draft afresh. */
  constructor(
    private readonly composer: Composer,
    private readonly host: RuntimeHost,
    life: Lifetime,
    private readonly thread: ThreadReporter,
    changed: () => void,
  ) {
    this.judge = new JudgeClient(life, host.backend, () => this.toJudge(), changed);
    // When it arrives, "written to before" may change firstMessage: ask the background again.
    this.recipient = new RecipientInfo(life, host.backend, host.adapter.site, () => this.judge.poke());
  }

  /** What the background should judge now: nothing for an empty draft (no page context read). */
  private toJudge(): JudgeRequest | null {
    const text = this.host.adapter.readText(this.composer);
    return /\S/.test(text) ? this.read(text).req : null;
  }

  read(text = this.host.adapter.readText(this.composer)): Draft {
    const ctx = this.host.adapter.readContext(this.composer);
    this.recipient.refresh(ctx);
    const context = draftContext(this.host.adapter.site, this.composer.surface, ctx, this.recipient.info, this.host.settings(), Date.now());
    this.thread.tell(ctx);
    return { text, ctx, req: { text, context } };
  }

  /** The findings for this draft (none for a trusted person); each is noted for the health report. */
  findings(draft: Draft): Finding[] {
    if (draft.text.trim() === '' || this.recipient.trusted) return [];
    const settings = this.host.settings();
    const verdict = this.judge.verdictFor(draft.req);
    const reuse = verdict ? verdict.reuse : this.judge.reuseFor(draft.req);
    const memory: SendMemory | undefined = reuse !== undefined ? { findSimilar: () => reuse } : undefined;
    const found = analyzeWithRules(draft.text, draft.req.context, memory, verdict?.scores).filter(
      (f) => settings.rules[f.rule] !== false && settings.siteRules?.[this.host.adapter.site]?.[f.rule] !== false && (f.rule !== 'register-switch' || settings.registerHints),
    );
    for (const f of found) this.host.noteFinding(f.rule);
    return found;
  }
}
