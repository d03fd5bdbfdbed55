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
/* Light or dark follows the page behind the composer (.tv.dark / .tv.light, see lib/content/theme.ts);
   the OS scheme only when the page's own colour could not be read. */
.tv.dark {
  --tv-bg: #1e1f22; --tv-fg: #e8e6e3; --tv-muted: #b0aca6; --tv-border: #a88b3a;
  --tv-accent: #f2c14e; --tv-accent-bg: #2d2613; --tv-focus: #8ab4f8; --tv-mark: #6b5410;
  --tv-btn-bg: #2b2d31; --tv-btn-primary-bg: #e8e6e3; --tv-btn-primary-fg: #1e1f22;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  .tv:not(.light):not(.dark) {
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
/* One top-layer element over the viewport: clicks pass through it except on the badge and the popover. */
.layer {
  position: fixed; inset: 0; width: auto; height: auto; margin: 0; padding: 0; border: 0;
  background: transparent; overflow: visible; pointer-events: none; color: var(--tv-fg);
}
.layer .badge, .layer .pop { pointer-events: auto; position: fixed; }
.layer .badge {
  width: 24px; height: 24px; min-height: 0; padding: 0; border-radius: 12px; line-height: 20px; text-align: center;
  background: var(--tv-accent-bg); color: var(--tv-accent); border: 2px solid var(--tv-accent);
  font-size: 12px; font-weight: 700; box-shadow: 0 1px 4px rgba(0,0,0,.25);
}
.layer .badge[aria-expanded="true"] { background: var(--tv-accent); color: var(--tv-bg); }
.layer .hl { position: fixed; pointer-events: none; background: var(--tv-mark); opacity: .45; border-bottom: 2px solid var(--tv-accent); border-radius: 2px; }
.layer .pop {
  width: max-content; max-width: min(320px, calc(100vw - 16px)); overflow: auto;
  background: var(--tv-bg); border: 1px solid var(--tv-border); border-top: 4px solid var(--tv-accent);
  border-radius: 8px; padding: 8px 10px 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2);
}
.pop .title { font-weight: 600; margin: 0 0 2px; }
.pop p { margin: 0 0 6px; }
.pop .words { color: var(--tv-muted); overflow-wrap: anywhere; }
.pop ul { margin: 4px 0 6px; padding-left: 18px; }
.pop .note { font-style: italic; }
.pop .more { color: var(--tv-muted); }
.pop .actions { display: flex; gap: 6px; justify-content: flex-end; flex-wrap: wrap; }
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
/* The pause card: a modal <dialog> in the top layer, placed by the runtime near the composer. */
dialog.card {
  position: fixed; inset: auto; top: 8px; left: 8px; margin: 0; max-width: none;
  width: min(460px, calc(100vw - 16px)); max-height: calc(100vh - 16px); color: var(--tv-fg); padding: 14px 18px 10px;
}
dialog.card.compact { width: min(360px, calc(100vw - 16px)); }
dialog.card.inline { position: static; max-height: none; }
dialog.card::backdrop { background: rgba(20, 20, 20, .3); }
.card .draft { margin: 4px 0 8px; padding: 6px 10px; border-left: 3px solid var(--tv-border); white-space: pre-wrap; overflow-wrap: anywhere; max-height: 96px; overflow: auto; }
.card .step { margin: 0 0 4px -6px; }
.card fieldset.remember { border: 0; padding: 0; margin: 8px 0 0; min-width: 0; }
.card fieldset.remember legend { padding: 0; font-weight: 600; margin-bottom: 2px; }
.card label.check { display: flex; gap: 8px; align-items: flex-start; font-weight: 400; margin: 2px 0; cursor: pointer; }
.card label.check input { width: 16px; height: 16px; margin: 2px 0 0; flex: none; accent-color: var(--tv-fg); }
.card.variant-1 { border-top-style: double; border-top-width: 8px; }
.card.variant-2 { border-top: 1px solid var(--tv-border); border-left: 6px solid var(--tv-accent); }
.card h2 { font-size: 17px; line-height: 1.3; margin: 0 0 4px; }
.card h3 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--tv-muted); }
.card p { margin: 0 0 6px; }
.card .finding { border-left: 3px solid var(--tv-border); padding: 2px 0 2px 10px; margin: 6px 0; }
.card .finding .label { font-weight: 600; }
.card ul.questions { margin: 0; padding-left: 20px; }
.card ul.questions li { margin: 2px 0; }
.card label { display: block; font-weight: 600; margin: 10px 0 4px; }
.card textarea {
  width: 100%; min-height: 44px; height: 44px; font: inherit; color: var(--tv-fg); background: var(--tv-btn-bg);
  border: 1px solid var(--tv-border); border-radius: 6px; padding: 6px 8px; resize: vertical;
}
.card .insert-row { display: flex; gap: 8px; align-items: center; margin-top: 6px; flex-wrap: wrap; }
.card .status { color: var(--tv-muted); }
.card .buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
/* In a card taller than the window the choices stay in view; the rest scrolls. */
dialog.card .buttons { position: sticky; bottom: -10px; background: var(--tv-bg); padding: 8px 0 10px; margin-bottom: -10px; }
.card .buttons .spacer { flex: 1; }
.card .hint { color: var(--tv-muted); font-size: 12px; margin-top: 4px; }
.card .alert { font-weight: 600; border-left: 4px solid var(--tv-accent); padding: 4px 0 4px 10px; margin-top: 14px; }
`;

export const toastCss = `${baseCss}
.toast-layer { position: fixed; inset: auto auto 16px 16px; margin: 0; padding: 0; border: 0; background: transparent; overflow: visible; }
.toast {
  display: flex; align-items: center; gap: 8px; max-width: min(420px, calc(100vw - 32px));
  background: var(--tv-bg); color: var(--tv-fg); border: 1px solid var(--tv-border); border-left: 4px solid var(--tv-accent);
  border-radius: 8px; padding: 6px 6px 6px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.2);
}
`;
