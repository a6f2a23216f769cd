/**
 * `npm run redos`: every regular expression in src/ checked for catastrophic
 * backtracking with recheck (github.com/makenowjust-labs/recheck). Literal
 * regexes are read from the source with the TypeScript parser; regexes our
 * code builds at run time (the chrono parsers made from word lists) are
 * recorded by wrapping the RegExp constructor while the library loads and
 * extracts from the fixtures (regexes chrono-node builds for itself are not
 * ours and are left out). Exponential backtracking fails `--check`;
 * polynomial cases are listed for review (most are bounded by the short
 * strings they run on, and `npm run growth` guards the pipeline as a whole).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { checkSync } from 'recheck';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function literals(): Found[] {
  const out: Found[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        out.push({ where: `${relative(ROOT, file)}:${line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

async function built(): Promise<Found[]> {
  const seen = new Map<string, Found>();
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const r = new target(...args);
      // The frame that called `new RegExp`: ours only when it is a file under src/.
      const caller = (new Error().stack ?? '').split('\n').slice(2).find((line) => !line.includes('node:internal'));
      const match = caller && /\((.*):\d+:\d+\)$|at (\/.*):\d+:\d+$/.exec(caller);
      const file = match ? (match[1] ?? match[2] ?? '') : '';
      if (typeof args[0] === 'string' && file.startsWith(SRC)) seen.set(`${r.source}/${r.flags}`, { where: `${relative(ROOT, file)} (built)`, source: r.source, flags: r.flags });
      return r;
    },
  });
  try {
    const { extract } = await import('../src/index.js');
    for (const name of readdirSync(join(ROOT, 'fixtures')).filter((n) => n.endsWith('.txt'))) extract(readFileSync(join(ROOT, 'fixtures', name), 'utf8'));
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

const unique = new Map<string, Found>();
for (const f of [...literals(), ...(await built())]) if (!unique.has(`${f.source}/${f.flags}`)) unique.set(`${f.source}/${f.flags}`, f);
const counts = { safe: 0, polynomial: 0, exponential: 0, unknown: 0 };
for (const f of unique.values()) {
  const r = checkSync(f.source, f.flags, { timeout: 10_000 });
  if (r.status === 'safe') counts.safe++;
  else if (r.status === 'vulnerable' && r.complexity.type === 'polynomial') {
    counts.polynomial++;
    if (process.argv.includes('--verbose')) console.log(`polynomial (degree ${r.complexity.degree})  ${f.where}  /${f.source.slice(0, 100)}/${f.flags}`);
  } else if (r.status === 'vulnerable') {
    counts.exponential++;
    console.log(`EXPONENTIAL  ${f.where}  /${f.source.slice(0, 140)}/${f.flags}  attack: ${r.attack.pattern}`);
  } else {
    counts.unknown++;
    console.log(`unknown (${r.status}${r.status === 'unknown' ? `: ${r.error.kind}` : ''})  ${f.where}  /${f.source.slice(0, 100)}/${f.flags}`);
  }
}
console.log(`redos: ${unique.size} regular expressions in src/: ${counts.safe} safe, ${counts.polynomial} polynomial (listed with --verbose), ${counts.exponential} exponential, ${counts.unknown} not decided`);
if (process.argv.includes('--check') && counts.exponential > 0) process.exit(1);
