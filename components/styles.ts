/**
 * Styles for Taktvoll's in-page UI, injected into its closed shadow roots. px only (the
 * page's rem must not scale us), :host reset, light and dark, and never colour alone:
 * every state also has an icon, a word or a border.
 */
export const baseCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.tv {
  --tv-bg: #fffdf7; --tv-fg: #1f2328; --tv-muted: #57606a; --tv-border: #d0b86a;
  --tv-accent: #7a4e00; --tv-accent-bg: #fff4d6; --tv-focus: #0b57d0; --tv-mark: #ffe08a;
  --tv-btn-bg: #ffffff; --tv-btn-primary-bg: #1f2328; --tv-btn-primary-fg: #ffffff;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--tv-fg);
}
@media (prefers-color-scheme: dark) {
  .tv {
    --tv-bg: #1e1f22; --tv-fg: #e8e6e3; --tv-muted: #b0aca6; --tv-border: #a88b3a;
    --tv-accent: #f2c14e; --tv-accent-bg: #2d2613; --tv-focus: #8ab4f8; --tv-mark: #6b5410;
    --tv-btn-bg: #2b2d31; --tv-btn-primary-bg: #e8e6e3; --tv-btn-primary-fg: #1e1f22;
  }
}
.tv :focus-visible { outline: 2px solid var(--tv-focus); outline-offset: 2px; }
.tv button {
  font: inherit; color: var(--tv-fg); background: var(--tv-btn-bg); border: 1px solid var(--tv-border);
  border-radius: 6px; padding: 6px 12px; cursor: pointer; min-height: 32px;
}
.tv button.primary { background: var(--tv-btn-primary-bg); color: var(--tv-btn-primary-fg); border-color: var(--tv-btn-primary-bg); }
.tv button.link { border: none; background: none; text-decoration: underline; padding: 4px 6px; min-height: 24px; }
.tv mark { background: var(--tv-mark); color: inherit; border-radius: 2px; padding: 0 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

export const cueCss = `${baseCss}
.cue {
  display: flex; align-items: flex-start; gap: 8px; max-width: 420px;
  background: var(--tv-accent-bg); border: 1px solid var(--tv-border); border-left: 4px solid var(--tv-accent);
  border-radius: 8px; padding: 6px 8px 6px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.12);
}
.cue[hidden] { display: none; }
.cue .icon { font-size: 14px; line-height: 20px; color: var(--tv-accent); }
.cue .body { flex: 1; min-width: 0; }
.cue .title { font-weight: 600; }
.cue .words { color: var(--tv-muted); overflow-wrap: anywhere; }
.cue .details { margin-top: 6px; }
.cue .details p { margin: 0 0 4px; }
.cue .details ul { margin: 4px 0 0; padding-left: 18px; }
.cue .note { font-style: italic; }
.cue .actions { display: flex; gap: 2px; }
`;

export const cardCss = `${baseCss}
.backdrop {
  position: fixed; inset: 0; background: rgba(20, 20, 20, .45);
  display: flex; align-items: center; justify-content: center; padding: 16px;
}
.card {
  width: min(520px, 100%); max-height: calc(100vh - 32px); overflow: auto;
  background: var(--tv-bg); border: 1px solid var(--tv-border); border-top: 6px solid var(--tv-accent);
  border-radius: 12px; padding: 20px 22px; box-shadow: 0 12px 40px rgba(0,0,0,.3);
}
.card.variant-1 { border-top-style: double; border-top-width: 8px; }
.card.variant-2 { border-top: 1px solid var(--tv-border); border-left: 6px solid var(--tv-accent); }
.card h2 { font-size: 18px; line-height: 1.3; margin: 0 0 6px; }
.card h3 { font-size: 13px; margin: 14px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--tv-muted); }
.card p { margin: 0 0 8px; }
.card .finding { border-left: 3px solid var(--tv-border); padding: 2px 0 2px 10px; margin: 8px 0; }
.card .finding .label { font-weight: 600; }
.card .escalation { font-weight: 600; color: var(--tv-accent); }
.card ul.questions { margin: 0; padding-left: 20px; }
.card ul.questions li { margin: 4px 0; }
.card label { display: block; font-weight: 600; margin: 14px 0 4px; }
.card textarea {
  width: 100%; min-height: 56px; font: inherit; color: var(--tv-fg); background: var(--tv-btn-bg);
  border: 1px solid var(--tv-border); border-radius: 6px; padding: 6px 8px; resize: vertical;
}
.card .insert-row { display: flex; gap: 8px; align-items: center; margin-top: 6px; flex-wrap: wrap; }
.card .status { color: var(--tv-muted); }
.card .buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 18px; }
.card .buttons .spacer { flex: 1; }
.card .remember { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-top: 10px; }
.card .hint { color: var(--tv-muted); font-size: 12px; margin-top: 4px; }
.card .alert { font-weight: 600; border-left: 4px solid var(--tv-accent); padding: 4px 0 4px 10px; margin-top: 14px; }
`;
