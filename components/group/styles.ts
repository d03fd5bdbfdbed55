/** Styles for the group checklist: the pause card's look plus person rows and the hard stop. */
import { cardCss } from '../styles';

export const groupCss = `${cardCss}
/* A modal <dialog> in the top layer, placed by the runtime near the site's dialog. */
dialog.card.group { width: min(600px, calc(100vw - 16px)); }
.card.group .people { list-style: none; margin: 12px 0 0; padding: 0; }
.card.group .person { border: 1px solid var(--tv-border); border-radius: 8px; padding: 8px 12px 10px; margin: 0 0 10px; }
.card.group .person.left { border-width: 2px; border-left: 6px solid var(--tv-accent); }
.card.group .person fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.card.group .person h3 { font-size: 14px; text-transform: none; letter-spacing: 0; color: var(--tv-fg); margin: 2px 0 6px; }
.card.group .badge { display: inline-block; margin-left: 8px; font-size: 12px; font-weight: 600; color: var(--tv-accent);
  border: 1px solid var(--tv-accent); border-radius: 4px; padding: 0 6px; background: var(--tv-accent-bg); }
.card.group .check { display: flex; align-items: flex-start; gap: 8px; font-weight: 400; margin: 6px 0; cursor: pointer; }
.card.group .check input { width: 16px; height: 16px; margin: 2px 0 0; flex: none; accent-color: var(--tv-fg); }
.card.group .check.stop { font-weight: 600; }
.card.group .req { color: var(--tv-muted); font-weight: 400; font-size: 12px; }
.card.group .stop-note { border-left: 3px solid var(--tv-accent); padding: 2px 0 2px 8px; margin: 6px 0; }
.card.group .invite { margin-top: 4px; }
.card.group .invite label { font-weight: 600; margin: 8px 0 4px; }
.card.group .invite textarea { min-height: 84px; }
.card.group .summary { margin-top: 12px; color: var(--tv-muted); }
.card.group .alert { margin-top: 12px; font-weight: 600; border-left: 3px solid var(--tv-accent); padding-left: 8px; }
.card.group button[disabled] { opacity: .55; cursor: not-allowed; }
`;
