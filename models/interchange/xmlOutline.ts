/**
 * Reading an uploaded .xlsx part the way exceljs will, before exceljs sees it: one pass of saxes
 * (the streaming XML parser exceljs itself uses, same version) that refuses a DOCTYPE (so no
 * entity declarations: XXE, "billion laughs") and anything that is not well-formed XML, hands
 * each element's name, attributes and depth to the caller (for counting and limits), and keeps
 * the text of the root's children the guard rebuilds the part from. Issue 16, step 5: the former
 * indexOf reader paired an element's first opening tag with the last closing one, so the guard
 * could read a file differently from exceljs.
 *
 * @example const { root, children } = outlineXml(xml, 'xl/workbook.xml', { keep: ['sheets'] })
 */
import { SaxesParser } from 'saxes';
import { InterchangeError } from './interchangeLimits.js';

export interface XmlElement {
  /** The qualified name as written (`sheet`, `x:sheet`). */
  name: string;
  /** Attribute values, decoded, keyed as written (`r:id`). */
  attributes: Record<string, string>;
  /** 0 for the root element, 1 for its children, … */
  depth: number;
  /** The start tag as written, `<sheet name="A" r:id="rId1"/>` (for copying onto a rebuilt part). */
  tag: string;
  /** Where the start tag begins in the part's text. */
  at: number;
}

export interface XmlOutline {
  root: XmlElement | null;
  /** The whole text of the first child of the root with each `keep` name, by name. */
  children: Map<string, string>;
  /** The whole text of every child of the root with a `keepAll` name, with its element, in order. */
  every: Array<{ element: XmlElement; text: string }>;
  /** The decoded character content of every element named `contentOf`, with its element, in order. */
  contents: Array<{ element: XmlElement; content: string }>;
}

export interface OutlineOptions {
  /** Names of the root's children whose text to keep (first occurrence). */
  keep?: readonly string[];
  /** Names of the root's children whose text to keep, every occurrence. */
  keepAll?: readonly string[];
  /** The name of elements whose character content to collect (`definedName`). */
  contentOf?: string;
  /** Called for every element, in document order, once its start tag is read. */
  onElement?: (element: XmlElement) => void;
  /** Called for every element once its end tag (or the end of an empty-element tag) is read; `end` is where that tag ends. */
  onClose?: (element: XmlElement, end: number) => void;
}

/** The part's root and kept children; throws InterchangeError for a DOCTYPE or XML that is not well-formed. */
export function outlineXml(xml: string, part: string, options: OutlineOptions = {}): XmlOutline {
  const keep = new Set(options.keep ?? []);
  const keepAll = new Set(options.keepAll ?? []);
  const children = new Map<string, string>();
  const every: XmlOutline['every'] = [];
  const contents: XmlOutline['contents'] = [];
  let collecting: { element: XmlElement; content: string; depth: number } | null = null;
  const parser = new SaxesParser({ position: true });
  let root: XmlElement | null = null;
  let depth = 0;
  let start = 0;
  /** Where the kept child now open began, and its name. */
  let open: { at: number; element: XmlElement; all: boolean } | null = null;
  /** The open elements, innermost last (only kept when the caller asks for their ends). */
  const stack: XmlElement[] = [];
  parser.on('doctype', () => {
    throw new InterchangeError(`the part ${part} declares a DOCTYPE or XML entities, which Fremskriv refuses to read (XML external entities)`, 'invalid', { reasonKind: 'xmlEntities', part });
  });
  parser.on('error', (error) => {
    throw new InterchangeError(`the file is not a readable .xlsx workbook: the part ${part} is not well-formed XML (${error.message.replace(/\s+/g, ' ')})`, 'invalid', {
      reasonKind: 'xmlMalformed',
      part,
    });
  });
  parser.on('opentagstart', () => {
    start = xml.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (node) => {
    const element: XmlElement = { name: node.name, attributes: { ...node.attributes } as Record<string, string>, depth, tag: xml.slice(start, parser.position), at: start };
    if (depth === 0) root = element;
    if (depth === 1 && (keepAll.has(node.name) || (keep.has(node.name) && !children.has(node.name)))) open = { at: start, element, all: keepAll.has(node.name) };
    options.onElement?.(element);
    if (options.onClose) stack.push(element);
    if (options.contentOf !== undefined && node.name === options.contentOf && !collecting) collecting = { element, content: '', depth };
    depth++;
  });
  parser.on('text', (text) => {
    if (collecting) collecting.content += text;
  });
  parser.on('closetag', () => {
    depth--;
    if (options.onClose) options.onClose(stack.pop()!, parser.position);
    if (collecting && collecting.depth === depth) {
      contents.push({ element: collecting.element, content: collecting.content });
      collecting = null;
    }
    if (depth === 1 && open) {
      const text = xml.slice(open.at, parser.position);
      if (open.all) every.push({ element: open.element, text });
      else children.set(open.element.name, text);
      open = null;
    }
  });
  parser.write(xml).close();
  return { root, children, every, contents };
}

/** The attribute whose local name is `local` (`r:id`, `relationships:id`), ignoring the prefix. */
export function prefixedAttribute(attrs: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attrs)) if (key.includes(':') && key.split(':')[1] === local) return value;
  return undefined;
}

/** The namespace declarations of an element, written out again for a rebuilt root element. */
export function namespaceDeclarations(element: XmlElement | null): string {
  if (!element) return '';
  return Object.entries(element.attributes)
    .filter(([key]) => key === 'xmlns' || key.startsWith('xmlns:'))
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
