/**
 * Quotations: every stretch of text between quotation marks, in one linear
 * pass. Straight double quotes open and close alternately; curly “ ” and « »
 * pair by direction. A quote left open at the end of a paragraph stops there,
 * unless the next paragraph opens with a quote mark (news continues a long
 * quotation that way), so an unbalanced mark never swallows the rest of the
 * article. Single quotes are left alone: they are mostly apostrophes and
 * nested quotes.
 */
export interface Quote {
  /** Offsets of the opening mark and just past the closing mark (or the paragraph end). */
  start: number;
  end: number;
  /** The quoted text, marks excluded. */
  innerStart: number;
  innerEnd: number;
  /** Whether a closing mark was found. */
  closed: boolean;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/** The paragraph break at `i`: a line break followed (after spaces) by another line break. */
function paragraphBreakAt(text: string, i: number): number | undefined {
  if (text[i] !== '\n') return undefined;
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  return text[j] === '\n' ? j : undefined;
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open: number | undefined;
  const close = (end: number, innerEnd: number, closed: boolean): void => {
    if (open !== undefined && innerEnd > open + 1) quotes.push({ start: open, end, innerStart: open + 1, innerEnd, closed });
    open = undefined;
  };
  // Jump from one quote mark or line break to the next: everything else is skipped by the regex engine.
  const marks = /["“”«»„\n]/g;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    let i = m.index;
    const c = text[i]!;
    if (c === '\n') {
      const next = paragraphBreakAt(text, i);
      if (open !== undefined && next !== undefined) {
        // An open quote continues only when the next paragraph opens with a quote mark.
        let k = next + 1;
        while (k < text.length && /\s/.test(text[k]!)) k++;
        const continues = text[k] === '"' || OPEN.has(text[k]!);
        if (!continues) {
          let end = i;
          while (end > open && /\s/.test(text[end - 1]!)) end--;
          close(end, end, false);
        } else {
          i = k; // skip the repeated opening mark
          marks.lastIndex = k + 1;
        }
      }
      continue;
    }
    if (OPEN.has(c)) {
      if (open === undefined) open = i;
    } else if (CLOSE.has(c)) {
      if (open !== undefined) close(i + 1, i, true);
    } else if (c === '"') {
      if (open === undefined) open = i;
      else close(i + 1, i, true);
    }
  }
  if (open !== undefined) {
    let end = text.length;
    while (end > open && /\s/.test(text[end - 1]!)) end--;
    close(end, end, false);
  }
  return quotes;
}
