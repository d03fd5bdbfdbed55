/**
 * Serve one direction of the protocol as a map of handlers, each behind the sender check of that
 * direction (as Bitwarden's handler maps). A refused message changes nothing and answers with an
 * error that names the reason.
 */
import { browser } from 'wxt/browser';
import type { GetDataType, GetReturnType, RemoveListenerCallback } from '@webext-core/messaging';
import type { Checked, Sender, SenderPolicy } from './senders';

export type Handlers<P, S> = {
  [K in keyof P]: (data: GetDataType<P[K]>, sender: S) => GetReturnType<P[K]> | Promise<GetReturnType<P[K]>>;
};

type OnMessage = (type: never, handler: (message: { data: unknown; sender: unknown }) => unknown) => RemoveListenerCallback;

export function serve<P, S>(onMessage: unknown, handlers: Handlers<P, S>, check: (sender: Sender | undefined) => Checked<S>): () => void {
  const on = onMessage as OnMessage;
  const offs = (Object.keys(handlers) as (keyof P & string)[]).map((type) =>
    on(type as never, async ({ data, sender }) => {
      const checked = check(sender as Sender | undefined);
      if (!checked.ok) throw new Error(`Taktvoll refused "${type}": ${checked.reason}`);
      const handler = handlers[type] as (data: unknown, sender: S) => unknown;
      return handler(data, checked.sender);
    }),
  );
  return () => offs.forEach((off) => off());
}

let policy: SenderPolicy | undefined;

/** Who the extension is and which sites it guards, from the running extension's own manifest. */
export function runtimePolicy(): SenderPolicy {
  if (policy) return policy;
  const manifest = browser.runtime.getManifest();
  const guardedMatches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  policy = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), guardedMatches };
  return policy;
}

/** For tests: read the manifest again. */
export function resetRuntimePolicy(): void {
  policy = undefined;
}
