/**
 * `npm run example`: runs `extract` on one article and prints a readable digest
 * (or the full Extraction as JSON).
 *
 *   npm run example                                   the bundled fixture 000, with its gold publishedAt
 *   npm run example -- path/to/article.txt            another article; publishedAt is inferred
 *   cat article.txt | npm run example -- -            read the article from stdin
 *   npm run example -- FILE --published-at 2021-12-28 set the reference date
 *   npm run example -- --json                         the full Extraction as JSON
 *
 * With no argument, piped stdin is read; when stdin is a terminal, empty or
 * closed (as it often is in CI), the bundled fixture is used instead.
 */
import { existsSync, fstatSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import type { Actor, DateMention, Extraction, Meeting, Position, PublishedAt, TextSpan } from '../src/index.js';

const DEFAULT_ARTICLE = fileURLToPath(new URL('../fixtures/000_6a2d887f5964f505.txt', import.meta.url));
const DEFAULT_GOLD = fileURLToPath(new URL('../fixtures/000.gold.json', import.meta.url));
/** How long to wait for the first byte of a pipe nobody named with `-` before using the fixture. */
const PIPE_GRACE_MS = 1500;

const USAGE = `Usage: npm run example -- [FILE | -] [--published-at YYYY-MM-DD] [--json]

Runs newsfacts' extract() on one English news article and prints what it found:
publication date, dates, actors, meetings and stated positions.

  FILE                     the article to read (plain text, UTF-8)
  -                        read the article from stdin
  (nothing)                read piped stdin if there is any, else the bundled
                           fixture fixtures/000_6a2d887f5964f505.txt
  --published-at DATE      the reference date for relative expressions
                           ("on Monday", "next week"). Without it the bundled
                           fixture uses its gold date and any other article
                           lets the library infer one from the text.
  --json                   print the full Extraction as JSON instead
  -h, --help               this text

Examples:
  npm run example
  npm run example -- fixtures/004_9a6267f58daf3221.txt
  echo "Talks will resume on Monday." | npm run example -- - --published-at 2021-12-28
`;

// ---------------------------------------------------------------------------
// Arguments

interface Args {
  input?: string;
  publishedAt?: string;
  json: boolean;
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--published-at' || arg.startsWith('--published-at=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError('--published-at needs a date (YYYY-MM-DD)');
      if (!isIsoDay(value)) throw new UsageError(`--published-at: "${value}" is not a valid YYYY-MM-DD date`);
      args.publishedAt = value;
    } else if (arg === '--') continue;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (args.input !== undefined) throw new UsageError(`only one input is allowed (got "${args.input}" and "${arg}")`);
    else args.input = arg;
  }
  return args;
}

function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

// ---------------------------------------------------------------------------
// Input

interface Input {
  /** What to call the input in the digest. */
  label: string;
  text: string;
  /** The gold publishedAt of the bundled fixture, when that is the input. */
  goldPublishedAt?: string;
}

function readDefaultFixture(): Input {
  const text = readFileSync(DEFAULT_ARTICLE, 'utf8');
  const gold = JSON.parse(readFileSync(DEFAULT_GOLD, 'utf8')) as { publishedAt?: unknown };
  const goldPublishedAt = typeof gold.publishedAt === 'string' ? gold.publishedAt : undefined;
  return { label: displayPath(DEFAULT_ARTICLE) + ' (bundled fixture)', text, goldPublishedAt };
}

function readFile(path: string): Input {
  if (!existsSync(path)) throw new InputError(`no such file: ${path}`);
  if (statSync(path).isDirectory()) throw new InputError(`${path} is a directory, not a file`);
  try {
    return { label: displayPath(path), text: readFileSync(path, 'utf8') };
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as Error).message}`);
  }
}

class InputError extends Error {}

/**
 * Reads all of stdin. With `waitForFirstByteMs`, gives up (returns null) when
 * nothing has arrived by then and the stream is still open - so a CI job whose
 * stdin is an idle, never-closed pipe does not hang.
 */
function readStdin(waitForFirstByteMs?: number): Promise<string | null> {
  // Regular files and /dev/null: read synchronously, no waiting involved.
  let stat;
  try {
    stat = fstatSync(0);
  } catch {
    return Promise.resolve(''); // stdin closed
  }
  if (stat.isFile() || (stat.isCharacterDevice() && !process.stdin.isTTY)) {
    try {
      return Promise.resolve(readFileSync(0, 'utf8'));
    } catch {
      return Promise.resolve('');
    }
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const stdin = process.stdin;
    const finish = (result: string | null) => {
      if (timer) clearTimeout(timer);
      stdin.off('data', onData).off('end', onEnd).off('error', onError);
      if (result === null) {
        stdin.pause();
        stdin.unref?.();
        stdin.destroy();
      }
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (timer) clearTimeout(timer);
      timer = undefined; // data is flowing: wait for the end however long it takes
      chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks).toString('utf8'));
    const onError = (err: Error) => {
      if (timer) clearTimeout(timer);
      reject(new InputError(`cannot read stdin: ${err.message}`));
    };
    stdin.on('data', onData).on('end', onEnd).on('error', onError);
    if (waitForFirstByteMs !== undefined) timer = setTimeout(() => finish(null), waitForFirstByteMs);
  });
}

async function readInput(args: Args): Promise<Input> {
  if (args.input === '-') {
    if (process.stdin.isTTY) process.stderr.write('extract: reading the article from the terminal; end it with Ctrl-D\n');
    const text = (await readStdin()) ?? '';
    if (text.trim() === '') throw new InputError('stdin is empty: nothing to extract from');
    return { label: 'stdin', text };
  }
  if (args.input !== undefined) return readFile(args.input);
  // No argument: piped data if there is any, otherwise the bundled fixture.
  if (!process.stdin.isTTY) {
    const text = await readStdin(PIPE_GRACE_MS);
    if (text !== null && text.trim() !== '') return { label: 'stdin', text };
    if (text === null) {
      process.stderr.write(`extract: nothing arrived on stdin within ${PIPE_GRACE_MS} ms; using the bundled fixture (pass "-" to wait for stdin)\n`);
    }
  }
  return readDefaultFixture();
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

// ---------------------------------------------------------------------------
// Formatting

const COLOR = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
const paint = (code: string) => (s: string) => (COLOR ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint('1');
const dim = paint('2');
const cyan = paint('36');

/** One line, runs of whitespace collapsed. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function shorten(s: string, max: number): string {
  const t = oneLine(s);
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…';
}

const quote = (s: string) => `“${oneLine(s)}”`;
const offsets = (span: TextSpan) => `${span.start}–${span.end}`;

/** A plain text table; `align` 'r' right-aligns a column. */
function table(headers: string[], rows: string[][], align: Array<'l' | 'r'> = []): string[] {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const fmt = (cells: string[]) =>
    cells
      .map((cell, c) => (align[c] === 'r' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [bold(fmt(headers)), dim(widths.map((w) => '─'.repeat(w)).join('  ')), ...rows.map(fmt)];
}

function heading(title: string, count: number): string {
  return `\n${bold(cyan(title))} ${dim(`(${count})`)}`;
}

const NONE = '  ' + dim('none found');

/**
 * The article's title: the first of its first few lines that reads like a
 * headline, skipping scraped boilerplate such as a dateline, "-13.7 C" or a
 * line that is mostly a date.
 */
function guessTitle(text: string, dates: DateMention[]): string | undefined {
  let offset = 0;
  let seen = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    if (++seen > 8) break;
    const words = line.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
    if (words.length < 3) continue;
    const end = start + raw.length;
    const dateChars = dates
      .filter((d) => d.span.start >= start && d.span.end <= end)
      .reduce((n, d) => n + d.span.end - d.span.start, 0);
    if (dateChars > line.length / 2) continue;
    return shorten(line, 100);
  }
  return undefined;
}

function formatPublishedAt(p: PublishedAt, goldUsed: boolean): string[] {
  if (p.value === null) return [`Published: ${dim('unknown')} ${dim(`(source: ${p.source})`)}`];
  const how = p.source === 'given' ? (goldUsed ? 'given: gold date of the fixture' : 'given') : p.source;
  const lines = [`Published: ${bold(p.value)} ${dim(`(${how})`)}`];
  if (p.evidence) lines.push(`           from ${quote(p.evidence.text)} ${dim(`at ${offsets(p.evidence)}`)}`);
  return lines;
}

function formatDates(dates: DateMention[]): string[] {
  if (dates.length === 0) return [NONE];
  const rows = dates.map((d, i) => [
    String(i + 1),
    quote(shorten(d.span.text, 40)),
    d.value,
    d.type,
    d.mod ?? '',
    d.relative ? 'yes' : '',
    offsets(d.span),
  ]);
  return table(['#', 'text', 'value', 'type', 'mod', 'relative', 'offsets'], rows, ['r']).map((l) => '  ' + l);
}

function formatActors(actors: Actor[], nameOf: (id: string) => string): string[] {
  if (actors.length === 0) return [NONE];
  const lines: string[] = [];
  actors.forEach((a, i) => {
    const n = a.mentions.length;
    lines.push(`  ${String(i + 1).padStart(2)}. ${bold(a.name)} ${dim(`[${a.type}]`)} ${dim(`${n} mention${n === 1 ? '' : 's'}`)}`);
    if (a.titles.length) lines.push(`      titles:      ${a.titles.join(', ')}`);
    if (a.affiliation) lines.push(`      affiliation: ${nameOf(a.affiliation)}`);
    if (a.aliases.length) lines.push(`      aliases:     ${a.aliases.join(', ')}`);
  });
  return lines;
}

function formatMeetings(meetings: Meeting[], nameOf: (id: string) => string): string[] {
  if (meetings.length === 0) return [NONE];
  const lines: string[] = [];
  meetings.forEach((m, i) => {
    const format = m.format ? ` ${dim(`(${m.format})`)}` : '';
    lines.push(`  ${String(i + 1).padStart(2)}. ${bold(m.kind)}${format} ${dim('—')} ${m.status}`);
    lines.push(`      participants: ${m.participants.length ? m.participants.map(nameOf).join(', ') : dim('none named')}`);
    if (m.leads.length) lines.push(`      led by:       ${m.leads.map(nameOf).join(', ')}`);
    lines.push(`      date:         ${m.date ? `${m.date.value} ${dim(`(${quote(m.date.span.text)})`)}` : dim('unknown')}`);
    lines.push(`      location:     ${m.location ? m.location.name : dim('unknown')}`);
    if (m.topics.length) lines.push(`      topics:       ${m.topics.join(', ')}`);
    if (m.series) lines.push(`      series:       ${m.series}`);
    const shown = m.mentions.slice(0, 3).map((s) => quote(s.text)).join(', ');
    lines.push(`      mentions:     ${m.mentions.length} ${dim(`(${shown}${m.mentions.length > 3 ? ', …' : ''})`)}`);
  });
  return lines;
}

function formatPositions(positions: Position[], nameOf: (id: string) => string): string[] {
  if (positions.length === 0) return [NONE];
  const lines: string[] = [];
  positions.forEach((p, i) => {
    const cue = p.cue ? ` ${dim('cue')} ${quote(p.cue.text)}` : '';
    lines.push(`  ${String(i + 1).padStart(2)}. ${bold(nameOf(p.holder))} ${dim('—')} ${p.stance} ${dim(`(${p.form})`)}${cue}`);
    lines.push(`      ${quote(shorten(p.content.text, 100))} ${dim(`at ${offsets(p.content)}`)}`);
    if (p.about.length) lines.push(`      about: ${p.about.map(nameOf).join(', ')}`);
  });
  return lines;
}

function digest(input: Input, x: Extraction, goldUsed: boolean): string {
  const names = new Map(x.actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? `${id} (unknown id)`;
  const title = guessTitle(input.text, x.dates);
  const out: string[] = [
    bold(title ?? '(untitled)'),
    dim(`${input.label} · ${input.text.length} characters`),
    '',
    ...formatPublishedAt(x.publishedAt, goldUsed),
    heading('Dates', x.dates.length),
    ...formatDates(x.dates),
    heading('Actors', x.actors.length),
    ...formatActors(x.actors, nameOf),
    heading('Meetings', x.meetings.length),
    ...formatMeetings(x.meetings, nameOf),
    heading('Positions', x.positions.length),
    ...formatPositions(x.positions, nameOf),
  ];
  for (const [name, items] of Object.entries(x.extra)) {
    out.push(heading(`Extra: ${name}`, items.length));
    out.push(...(items.length ? items.map((item) => '  ' + shorten(JSON.stringify(item), 120)) : [NONE]));
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------

async function main(): Promise<number> {
  // `… | head` closes stdout early; that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });

  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`extract: ${err.message}\n\n${USAGE}`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  let input: Input;
  try {
    input = await readInput(args);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`extract: ${err.message}\n`);
    return 1;
  }

  const publishedAt = args.publishedAt ?? input.goldPublishedAt;
  const goldUsed = args.publishedAt === undefined && input.goldPublishedAt !== undefined;
  const extraction = extract(input.text, publishedAt ? { publishedAt } : {});

  process.stdout.write(args.json ? JSON.stringify(extraction, null, 2) + '\n' : digest(input, extraction, goldUsed));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`extract: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
