/**
 * A data link: the choices of a Jobindsats import kept in the workbook, so that "Opdatér faktiske
 * tal" next month reads a newer file (or the API) into the same sheet with the same measure,
 * filters and rows. Stored in the document's top-level `dataLinks` map, keyed by the target
 * sheet's id (one link per sheet), as a plain JSON object checked by `dataLinkSchema` on read.
 */
import * as Y from 'yjs';
import { z } from 'zod';

const name = z.string().trim().min(1).max(200);

export const dataLinkSchema = z
  .object({
    /** The Jobindsats table (e.g. "PTVA02"), needed for fetching from the API. */
    table: z.string().trim().regex(/^[A-Za-z0-9_]{1,32}$/, 'a Jobindsats table id such as ptv_a02').optional(),
    /** The API's `period` parameter; default `*`. */
    period: z.string().trim().min(1).max(200).optional(),
    measure: name,
    filters: z.record(name, name).refine((f) => Object.keys(f).length <= 20, 'at most 20 filters'),
    rows: name.optional(),
    /** Where the figures came from last: an uploaded file (its name) or the API. */
    source: z.enum(['file', 'api']),
    fileName: z.string().max(255).optional(),
    /** The periods the sheet holds, in order, after the last import. */
    periods: z.array(z.string().max(100)).max(10_000),
    updatedAt: z.string().max(40),
  })
  .strict();

export type DataLink = z.infer<typeof dataLinkSchema>;

export function dataLinksMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('dataLinks');
}

/** The link of a sheet, or null when it has none or what is stored is not a link. */
export function readDataLink(doc: Y.Doc, sheetId: string): DataLink | null {
  const parsed = dataLinkSchema.safeParse(dataLinksMap(doc).get(sheetId));
  return parsed.success ? parsed.data : null;
}

/** Every readable link, by sheet id. */
export function readDataLinks(doc: Y.Doc): Array<{ sheetId: string; link: DataLink }> {
  const links: Array<{ sheetId: string; link: DataLink }> = [];
  dataLinksMap(doc).forEach((value, sheetId) => {
    const parsed = dataLinkSchema.safeParse(value);
    if (parsed.success) links.push({ sheetId, link: parsed.data });
  });
  return links;
}
