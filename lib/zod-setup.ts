/**
 * zod as the extension's pages and background need it. zod compiles object parsers with
 * `new Function` when it may, and probes for that with a `new Function('')` in a try/catch. Our
 * CSP (and Firefox's default MV3 CSP) forbids eval, so the probe fails — harmlessly, but Firefox
 * reports every such attempt as a Content-Security-Policy error in the console, from the
 * background page and from every extension page. `jitless` skips the probe and the compiler.
 * Imported (for its effect) by every module that defines schemas, before any parse can run.
 */
import { z } from 'zod';

z.config({ jitless: true });
