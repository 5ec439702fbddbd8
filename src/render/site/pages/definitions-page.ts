import { figureCell, figureLabel, heading, num, table, text, type PageContext } from '../page-context.js';
import type { Block, PageModel } from '../page-model.js';

/** Families in the order of docs/metrics; a figure id's first segment names its family. */
const FAMILIES = ['flow', 'throughput', 'dora', 'open', 'reviewers', 'people', 'ci', 'issues', 'sprint', 'anomalies'];

/** Every figure id of the report with its label, unit, value and sample size, per family. */
export function buildDefinitionsPage(ctx: PageContext): PageModel {
  const { t, fmt } = ctx;
  const ids = Object.keys(ctx.report.figures).sort();
  const families = [...FAMILIES, ...new Set(ids.map((id) => id.split('.')[0]!).filter((f) => !FAMILIES.includes(f)))];
  const blocks: Block[] = [{ kind: 'text', text: t('definitions.conventions') }];
  for (const family of families) {
    const own = ids.filter((id) => id.split('.')[0] === family);
    if (own.length === 0) continue;
    blocks.push(heading(t.has(`family.${family}`) ? t(`family.${family}`) : family, `family-${family}`));
    if (t.has(`definition.${family}`)) blocks.push({ kind: 'text', text: t(`definition.${family}`) });
    blocks.push(table(t.has(`family.${family}`) ? t(`family.${family}`) : family, [t('col.id'), t('col.figure'), t('col.unit'), { label: t('col.value'), numeric: true }, { label: 'n', numeric: true }],
      own.map((id) => {
        const f = ctx.report.figures[id]!;
        return [{ text: id, code: true }, text(figureLabel(ctx, id)), text(t.has(`unitname.${f.unit}`) ? t(`unitname.${f.unit}`) : f.unit), figureCell(ctx, id), num(fmt.integer(f.n))];
      }), t('empty.figures')));
  }
  if (ids.length === 0) blocks.push({ kind: 'empty', text: t('empty.figures') });
  return { key: 'definitions', path: 'definitions.html', title: t('page.definitions'), intro: t('definitions.intro'), blocks };
}
