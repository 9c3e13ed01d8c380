// Reading text the way the shell quotes it: single and double quotes, and a backslash that escapes outside single quotes.

/**
 * Walks the text and calls `visit` for each character outside quotes (escaped ones excluded); a visit that returns
 * true stops the walk. Answers whether it stopped early and whether a quote was still open where it ended.
 */
export function walkUnquoted(text: string, visit: (c: string) => boolean = () => false): { stopped: boolean; openQuote: boolean } {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && quote !== "'") i++;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (visit(c)) return { stopped: true, openQuote: false };
  }
  return { stopped: false, openQuote: quote !== '' };
}
