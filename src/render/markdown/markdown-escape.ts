/**
 * Escaping for untrusted text (PR titles, logins, repository names, labels) in GitHub-flavoured
 * markdown, for the weekly comment and the job summary. Rules, documented in
 * docs/markdown-summary.md:
 * - Text outside code spans: HTML-significant characters become entities, markdown punctuation
 *   is backslash-escaped, and `@` and `#123` are broken with U+200B so GitHub's mention and
 *   cross-reference filters (which run on the rendered text, after escapes are undone) never
 *   fire.
 * - Logins are only ever written inside code spans, without `@`.
 * - Link targets are http(s) URLs only, with every character that could end the destination,
 *   split a table cell or open a code span percent-encoded.
 */

const ZWSP = '\u200B';

/** Bidi overrides and isolates can make a title display as something it is not. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Newlines would end a table row; other C0/C1 controls have no business in a comment. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Characters with markdown meaning inline: backslash-escaped (CommonMark allows it for any ASCII punctuation). */
const BACKSLASHED = new Set(['`', '*', '_', '[', ']', '|', '~']);
/**
 * Entities rather than backslashes: `<`/`>`/`&` so no HTML or entity survives; `$` because
 * GitHub's math detection does not reliably honour `\$`; and `\` itself, because GFM table
 * parsers disagree on whether `\\|` is an escaped backslash before a cell break or a
 * backslash before an escaped pipe (cmark-gfm and micromark differ).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '$': '&#36;', '\\': '&#92;' };

/** One line of plain text: controls become spaces, runs of white space collapse, bidi controls go. */
export function cleanText(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return '';
  return String(raw).replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}

/** Escapes untrusted text for use in a paragraph, list item, link text or table cell. */
export function escapeText(raw: string | null | undefined): string {
  const chars = Array.from(
    cleanText(raw)
      // GFM autolinks bare URLs; a title should read as text, not as a link.
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`),
  );
  let out = '';
  chars.forEach((ch, i) => {
    if (BACKSLASHED.has(ch)) out += `\\${ch}`;
    else out += ENTITIES[ch] ?? ch;
    // `@login` would mention someone and `#123` (or `owner/repo#123`) cross-reference an issue.
    if (ch === '@' || (ch === '#' && /\d/.test(chars[i + 1] ?? ''))) out += ZWSP;
  });
  return out;
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Shortens to at most `max` user-perceived characters (grapheme clusters), marking the cut with `…`. */
export function truncateText(raw: string | null | undefined, max: number): string {
  const text = cleanText(raw);
  if (text.length <= max) return text;
  // Printable ASCII is one grapheme per character (a combining mark would not be ASCII).
  if (/^[\x20-\x7E]*$/.test(text.slice(0, max))) return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
  // Stop segmenting once past the limit: a title can be long and the segmenter is not cheap.
  const kept: string[] = [];
  for (const { segment } of GRAPHEMES.segment(text)) {
    if (kept.length === max) return `${kept.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
    kept.push(segment);
  }
  return text;
}

/**
 * A code span that shows `raw` literally whatever it contains: the fence is one backtick longer
 * than the longest backtick run inside, padded with a space when the text starts or ends with a
 * backtick (CommonMark strips one such space each side). In a table cell, `|` must be
 * backslash-escaped even inside a code span (GFM splits cells before parsing inlines).
 */
export function codeSpan(raw: string | null | undefined, inTable = false): string {
  let text = cleanText(raw);
  if (text === '') return '';
  // A backslash just before a pipe would make `\\|`, which table parsers read differently.
  if (inTable) text = text.replace(/\\(?=\|)/g, `\\${ZWSP}`).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A GitHub login, never as a mention: in a code span, without `@`; a deleted account is "ghost". */
export function login(raw: string | null | undefined, inTable = false): string {
  const name = cleanText(raw).replace(/^@+/, '');
  return codeSpan(name === '' ? 'ghost' : name, inTable);
}

/** Characters percent-encoded in a link target: they could end it, split a cell, open a code span or read as a mention. */
const URL_UNSAFE = /[\s()<>|`@"'\\[\]]/g;

/** An http(s) URL safe to use as a link target, or null (other schemes, credentials, unparsable). */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(String(raw).trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
  return url.href.replace(URL_UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` with already-escaped text, or the text alone when the URL is not safe. */
export function link(escapedText: string, url: string | null | undefined): string {
  const target = safeUrl(url);
  return target ? `[${escapedText}](${target})` : escapedText;
}
