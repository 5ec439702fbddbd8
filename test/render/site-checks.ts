import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** Every file under `dir`, as site-root-relative POSIX paths. */
export function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/** href/src attribute values of an HTML page (entities for & decoded). */
export function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Every absolute URL anywhere in the text, attributes or not. */
export function absoluteUrls(text: string): string[] {
  return [...text.matchAll(/\bhttps?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
}

/** Resolves a relative reference from a page to a site-root path (null for external/fragment). */
export function resolveReference(page: string, ref: string): string | null {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('#')) return null;
  const path = ref.split('#')[0]!.split('?')[0]!;
  return posix.normalize(posix.join(posix.dirname(page), path));
}

/** `<data class="figure" data-figure=ID value=RAW>` occurrences of a page. */
export function figureValues(html: string): Array<{ id: string; raw: string }> {
  return [...html.matchAll(/<data class="figure" data-figure="([^"]+)" value="([^"]*)">/g)].map((m) => ({ id: m[1]!, raw: m[2]! }));
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}
