/**
 * The analyzer from a terminal.
 *
 *   npm run -s analyze -- drafts.jsonl      one JSON line out per JSON line in, in order
 *   npm run -s analyze -- -                 the same from stdin
 *   npm run -s analyze -- --sequence log.jsonl
 *                                           a chronological log of sent messages: each line is
 *                                           analysed against the lines before it, then recorded
 *   npm run -s analyze -- "Happy birthday!" readable findings for one draft
 *                                           (optionally --context '{"firstMessage":true}')
 *
 * A malformed line prints {"id":…,"error":"…"} on stdout and a message on stderr; the other
 * lines are still analysed and the exit code is 1.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { analyzeDraft, fingerprint, InMemorySendMemory, normaliseKey } from '../analysis';
import { RULE_IDS, SITES, SURFACES, type DraftContext, type Finding } from '../analysis/types';
import { formatFrom } from '../i18n/format';
import { loadCatalog } from '../i18n/node-catalog';

const catalog = loadCatalog('en');

const PersonalRuleSchema = z.object({
  id: z.string(),
  kind: z.enum(['flag', 'allow']),
  phrase: z.string(),
  severity: z.enum(['warn', 'info']),
  note: z.string().optional(),
});

export const ContextSchema = z.object({
  site: z.enum(SITES).optional(),
  surface: z.enum(SURFACES).optional(),
  firstMessage: z.boolean().optional(),
  occasion: z.enum(['birthday', 'work-anniversary', 'new-job', 'holiday']).optional(),
  recipient: z
    .object({
      name: z.string().optional(),
      key: z.string().optional(),
      register: z.enum(['du', 'sie']).optional(),
    })
    .optional(),
  prefill: z.string().optional(),
  lastExchangeDaysAgo: z.number().min(0).optional(),
  unansweredInRow: z.number().int().min(0).optional(),
  twoWay: z.boolean().optional(),
  personalRules: z.array(PersonalRuleSchema).optional(),
  now: z.number().optional(),
});

export const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  context: ContextSchema.optional(),
});

type Line = z.infer<typeof LineSchema>;

function render(f: Finding): string {
  return formatFrom(catalog, f.message.key, f.message.params);
}

function outFinding(f: Finding): Record<string, unknown> {
  return { rule: f.rule, severity: f.severity, confidence: f.confidence, spans: f.spans, message: render(f) };
}

function describeZod(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
}

async function runJsonl(source: NodeJS.ReadableStream, sequence: boolean): Promise<number> {
  const memory = new InMemorySendMemory();
  const rl = createInterface({ input: source, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  for await (const rawLine of rl) {
    lineNo++;
    if (!rawLine.trim()) continue;
    let parsed: unknown;
    let id: string | number = lineNo;
    try {
      parsed = JSON.parse(rawLine);
    } catch (e) {
      failures++;
      const msg = `line ${lineNo}: invalid JSON (${(e as Error).message})`;
      process.stdout.write(`${JSON.stringify({ id, error: msg })}\n`);
      process.stderr.write(`${msg}\n`);
      continue;
    }
    if (parsed && typeof parsed === 'object' && 'id' in parsed) {
      const pid = (parsed as { id: unknown }).id;
      if (typeof pid === 'string' || typeof pid === 'number') id = pid;
    }
    const res = LineSchema.safeParse(parsed);
    if (!res.success) {
      failures++;
      const msg = `line ${lineNo}: ${describeZod(res.error)}`;
      process.stdout.write(`${JSON.stringify({ id, error: msg })}\n`);
      process.stderr.write(`${msg}\n`);
      continue;
    }
    const line: Line = res.data;
    const context = (line.context ?? {}) as DraftContext;
    const outId = line.id ?? lineNo;
    let findings: Finding[];
    try {
      findings = analyzeDraft(line.text, context, sequence ? memory : undefined);
    } catch (e) {
      failures++;
      const msg = `line ${lineNo}: analyzer error (${(e as Error).message})`;
      process.stdout.write(`${JSON.stringify({ id: outId, error: msg })}\n`);
      process.stderr.write(`${msg}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify({ id: outId, findings: findings.map(outFinding) })}\n`);
    if (sequence) {
      const r = context.recipient;
      const recipientKey = r?.key ?? (r?.name ? normaliseKey(r.name) : `id:${String(outId)}`);
      memory.record({
        fingerprint: fingerprint(line.text, { names: r?.name ? [r.name] : [] }),
        recipientKey,
        at: context.now ?? lineNo,
      });
    }
  }
  return failures ? 1 : 0;
}

function runText(text: string, context: DraftContext): number {
  const findings = analyzeDraft(text, context);
  if (!findings.length) {
    process.stdout.write('No findings.\n');
    return 0;
  }
  for (const f of findings) {
    const words = f.spans.map(([s, e]) => `“${text.slice(s, e)}”`).join(', ');
    process.stdout.write(`${f.rule}  ${f.severity}  ${f.confidence.toFixed(2)}  ${words}\n`);
    process.stdout.write(`  ${render(f)}\n`);
    for (const q of f.questions) process.stdout.write(`  ? ${formatFrom(catalog, q.key, q.params)}\n`);
  }
  return 0;
}

const USAGE = `usage: analyze [--sequence] FILE.jsonl | -
       analyze [--context JSON] "draft text"
rules: ${RULE_IDS.join(', ')}
`;

async function main(argv: string[]): Promise<number> {
  let sequence = false;
  let contextJson: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--sequence') sequence = true;
    else if (a === '--context') contextJson = argv[++i];
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else rest.push(a);
  }
  if (rest.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const arg = rest[0]!;
  if (arg === '-') return runJsonl(process.stdin, sequence);
  if (existsSync(arg) && statSync(arg).isFile()) return runJsonl(createReadStream(arg), sequence);
  if (/\.jsonl?$/i.test(arg) && !arg.includes(' ')) {
    process.stderr.write(`analyze: no such file: ${arg}\n`);
    return 2;
  }
  let context: DraftContext = {};
  if (contextJson !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(contextJson);
    } catch {
      process.stderr.write('analyze: --context is not valid JSON\n');
      return 2;
    }
    const res = ContextSchema.safeParse(raw);
    if (!res.success) {
      process.stderr.write(`analyze: --context: ${describeZod(res.error)}\n`);
      return 2;
    }
    context = res.data as DraftContext;
  }
  return runText(arg, context);
}

// `analyze … | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`analyze: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
