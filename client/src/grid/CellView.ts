/**
 * AG Grid's renderer for a sheet cell, in plain DOM: it is created for every cell that scrolls
 * into view, so it does no React work and keeps the DOM small (one element and a text node; issue
 * 17: every element a cell adds is styled, laid out and painted again for each column that
 * scrolls in). It registers with the GridController's painter (GridPainter), which repaints it
 * when its value, format, selection or a colleague's cursor changes. It marks AG Grid's cell
 * element with `data-cell="B5"` for automation. Outlines (cut, fill, picked reference) and the
 * fill handle are small elements of their own, made only for the few cells that carry them.
 */
import type { Column, ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { GridController, RowData } from './GridController.js';
import type { Paintable } from './GridPainter.js';
import { textRoom } from './cellTextWidth.js';

export interface CellViewParams {
  col: number;
}

type Params = ICellRendererParams<RowData> & CellViewParams;

/** A child element shown while the cell carries `cellClass` (the ::before and ::after are the selection's). */
const DECORATIONS = [
  ['fx-mark', 'fx-outline'],
  ['fx-handle', 'fx-fill-handle'],
] as const;

/** Every class cellPaint may give: a cell element AG Grid hands over may still carry any of them. */
const ALL_CLASSES = [
  'fx-num', 'fx-err', 'fx-spill', 'fx-clip', 'fx-wrap', 'fx-al-left', 'fx-al-center', 'fx-al-right', 'fx-input', 'fx-sel', 'fx-et', 'fx-er', 'fx-eb', 'fx-el', 'fx-active', 'fx-handle',
  'fx-mark', 'fx-mark-cut', 'fx-mark-fill', 'fx-mark-pick', 'fx-mt', 'fx-mr', 'fx-mb', 'fx-ml',
];

function sameClasses(a: readonly string[] | null, b: readonly string[]): boolean {
  if (a === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class CellView implements ICellRendererComp<RowData>, Paintable {
  /** `.fx-text`: the text, the colleague's name (::after) and the decorations. */
  private readonly gui = document.createElement('span');
  private readonly text = document.createTextNode('');
  private readonly decorations = new Map<string, HTMLElement>();
  private cell: HTMLElement | null = null;
  /** AG Grid's column: its width is read from AG Grid's model, not the DOM. */
  private column: Column | null = null;
  private controller: GridController | null = null;
  private row = -1;
  private col = -1;
  // What was last written on the cell element, kept here: reading the DOM back (dataset,
  // attributes) on every paint cost more than the writes it saved.
  private peerColour = '';
  private peerName = '';
  /** The text's colour from the cell's Excel code, as written on the text element. */
  private textColour = '';
  private address = '';
  private title = '';
  /** The grid's classes last written on the cell (null: AG Grid gave a new cell element, write them all). */
  private written: string[] | null = null;

  init(params: Params): void {
    this.gui.className = 'fx-text';
    this.gui.append(this.text);
    this.bind(params);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(params: Params): boolean {
    this.bind(params);
    return true;
  }

  destroy(): void {
    this.controller?.painter.unregister(this.row, this.col, this);
    this.controller = null;
  }

  private bind(params: Params): void {
    const controller = params.context as GridController;
    const row = params.data?.row ?? -1;
    if (this.controller && (this.row !== row || this.col !== params.col)) this.controller.painter.unregister(this.row, this.col, this);
    this.controller = controller;
    if (this.cell !== params.eGridCell) {
      this.written = null;
      this.address = params.eGridCell.dataset.cell ?? '';
      this.title = params.eGridCell.title;
      this.peerColour = params.eGridCell.style.getPropertyValue('--fx-peer');
    }
    this.cell = params.eGridCell;
    this.column = params.column ?? null;
    this.row = row;
    this.col = params.col;
    controller.painter.register(row, params.col, this);
    this.paint();
  }

  paint(): void {
    const { controller, cell } = this;
    if (!controller || !cell || this.row < 0) return;
    const look = controller.painter.paintFor(this.row, this.col, this.column ? textRoom(this.column.getActualWidth()) : null);
    if (this.text.data !== look.text) this.text.data = look.text;
    if (this.address !== look.address) cell.dataset.cell = this.address = look.address;
    if (!sameClasses(this.written, look.classes)) this.writeClasses(cell, look.classes);
    // Read from the element too: AG Grid may drop the attribute when it puts the cell back after
    // an edit, after this view was bound (the value can arrive while the editor is still open).
    if (this.title !== look.title || (look.title !== '' && cell.title !== look.title)) {
      this.title = look.title;
      if (look.title) cell.title = look.title;
      else cell.removeAttribute('title');
    }
    // Inline styles are written only when a colleague's cursor arrives or leaves: a style write on
    // every painted cell would make the browser restyle the whole viewport while scrolling.
    const colour = look.peer?.colour ?? '';
    if (colour !== this.peerColour) {
      this.peerColour = colour;
      if (colour) cell.style.setProperty('--fx-peer', colour);
      else cell.style.removeProperty('--fx-peer');
      cell.classList.toggle('fx-peer', colour !== '');
    }
    // A colour from the cell's Excel code ([Red]); written only when it changes, as the peer's.
    const textColour = look.colour ?? '';
    if (textColour !== this.textColour) {
      this.textColour = textColour;
      this.gui.style.color = textColour;
    }
    // The colleague's name is drawn by CSS from an attribute, so it never joins the cell's text.
    const peerName = look.peer?.name ?? '';
    if (peerName !== this.peerName) {
      this.peerName = peerName;
      if (look.peer) this.gui.dataset.peer = peerName;
      else delete this.gui.dataset.peer;
    }
  }

  /** Only the classes that changed are touched: a class write restyles the cell. */
  private writeClasses(cell: HTMLElement, classes: string[]): void {
    // A cell scrolled into view is a fresh element (the common case): nothing of ours to take off.
    const before = this.written ?? (cell.className.includes('fx-') ? ALL_CLASSES : []);
    for (const name of before) if (!classes.includes(name) && cell.classList.contains(name)) cell.classList.remove(name);
    for (const name of classes) if (this.written === null || !this.written.includes(name)) cell.classList.add(name);
    for (const [cellClass, className] of DECORATIONS) this.decorate(className, classes.includes(cellClass));
    this.written = classes;
  }

  private decorate(className: string, on: boolean): void {
    const existing = this.decorations.get(className);
    if (on && !existing) {
      const element = document.createElement('span');
      element.className = className;
      this.decorations.set(className, this.gui.appendChild(element));
    } else if (!on && existing) {
      existing.remove();
      this.decorations.delete(className);
    }
  }
}
