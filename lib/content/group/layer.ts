/**
 * Where the group checklist lives on the page: our own closed shadow root (host on the body), a
 * modal <dialog> opened with showModal() — the top layer, above the site's dialog even when that
 * is itself a native modal, centred with a transform, clipped or stacked high — placed near the
 * site's dialog and always inside the viewport. A page that removes the host gets it put back
 * (bounded, ../mount.ts) and the dialog opened as a modal again; closing leaves the top layer
 * first, so the browser gives focus back to where it was (the site's confirm).
 */
import type { ComponentChild } from 'preact';
import { groupCss } from '../../../components/group/styles';
import { placeCardDialog } from '../geometry';
import type { Lifetime } from '../lifetime';
import { mountShadow, type ShadowMount } from '../mount';

export class ChecklistLayer {
  private readonly mount: ShadowMount;
  private dialog: HTMLDialogElement | null = null;

  /** `anchor`: the site's dialog (or its confirm control when the dialog is gone); `lost`: the page kept removing us. */
  constructor(
    private readonly life: Lifetime,
    doc: Document,
    private readonly anchor: () => HTMLElement,
    lost: () => void,
  ) {
    this.mount = mountShadow(doc, 'group-checklist', groupCss, null, lost, () => this.reopen());
    life.onAbort(() => {
      try {
        if (this.dialog?.open) this.dialog.close();
      } catch {
        /* already gone */
      }
      this.mount.remove();
    });
    const win = doc.defaultView;
    if (win) life.listen(win, 'resize', () => this.place());
  }

  get host(): HTMLElement {
    return this.mount.host;
  }

  render(vnode: ComponentChild): void {
    this.mount.ensureAttached();
    this.mount.render(vnode);
  }

  /** The component opened its dialog: place it, and again whenever its size changes (an invitation opened, a person taken out). */
  opened(dialog: HTMLDialogElement): void {
    this.dialog = dialog;
    this.place();
    const win = dialog.ownerDocument.defaultView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null;
    if (!win?.ResizeObserver || this.life.aborted) return;
    const watch = new win.ResizeObserver(() => this.place());
    watch.observe(dialog);
    this.life.onAbort(() => watch.disconnect());
  }

  /** Put the checklist back if the page removed it (bounded); false once we gave up. */
  ensureAttached(): boolean {
    if (this.life.aborted) return false;
    const was = this.mount.host.isConnected;
    if (!this.mount.ensureAttached()) return false;
    if (!was) this.reopen();
    return true;
  }

  /** Taken out of the document, the dialog left the top layer: open it as a modal again. */
  private reopen(): void {
    const d = this.dialog;
    if (this.life.aborted || !d?.isConnected) return;
    try {
      if (d.open) d.close();
      d.showModal();
    } catch {
      /* shown in place */
    }
    this.place();
    this.mount.focus('input, button');
  }

  /** Near the site's dialog (beside it where the window has room), always inside the viewport. */
  private place(): void {
    if (this.dialog && !this.life.aborted) placeCardDialog(this.dialog, this.anchor());
  }
}
