/**
 * AG Grid's renderer for a sheet cell, in plain DOM: it is created for every cell that scrolls
 * into view, so it does no React work. It registers with the GridController's painter (GridPainter), which repaints it
 * when its value, format, selection or a colleague's cursor changes. It marks AG Grid's cell
 * element with `data-cell="B5"` for automation. Outlines (cut, fill, picked reference) and the
 * fill handle are small elements of their own, made only for the few cells that carry them.
 */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { GridController, RowData } from './GridController.js';
import type { Paintable } from './GridPainter.js';

export interface CellViewParams {
  col: number;
}

type Params = ICellRendererParams<RowData> & CellViewParams;

/** A child element shown while the cell carries `cellClass` (the ::before and ::after are the selection's). */
const DECORATIONS = [
  ['fx-mark', 'fx-outline'],
  ['fx-handle', 'fx-fill-handle'],
] as const;

export class CellView implements ICellRendererComp<RowData>, Paintable {
  private readonly gui = document.createElement('span');
  private readonly text = document.createElement('span');
  private readonly decorations = new Map<string, HTMLElement>();
  private cell: HTMLElement | null = null;
  private controller: GridController | null = null;
  private row = -1;
  private col = -1;
  private peerColour = '';
  /** The classes last written, as one string (null: write them all): most repaints (a value changed) change none. */
  private classSignature: string | null = null;

  init(params: Params): void {
    this.text.className = 'fx-text';
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
    this.cell = params.eGridCell;
    this.classSignature = null;
    this.row = row;
    this.col = params.col;
    controller.painter.register(row, params.col, this);
    this.paint();
  }

  paint(): void {
    const { controller, cell } = this;
    if (!controller || !cell || this.row < 0) return;
    const look = controller.painter.paintFor(this.row, this.col);
    if (this.text.textContent !== look.text) this.text.textContent = look.text;
    if (cell.dataset.cell !== look.address) cell.dataset.cell = look.address;
    let signature = '';
    for (const name in look.classes) if (look.classes[name]) signature += `${name} `;
    if (signature !== this.classSignature) {
      for (const [name, on] of Object.entries(look.classes)) cell.classList.toggle(name, on);
      for (const [cellClass, className] of DECORATIONS) this.decorate(className, look.classes[cellClass] ?? false);
      this.classSignature = signature;
    }
    if (look.title) cell.title = look.title;
    else if (cell.hasAttribute('title')) cell.removeAttribute('title');
    // Inline styles are written only when a colleague's cursor arrives or leaves: a style write on
    // every painted cell would make the browser restyle the whole viewport while scrolling.
    const colour = look.peer?.colour ?? '';
    if (colour !== this.peerColour) {
      this.peerColour = colour;
      if (colour) cell.style.setProperty('--fx-peer', colour);
      else cell.style.removeProperty('--fx-peer');
      cell.classList.toggle('fx-peer', colour !== '');
    }
    // The colleague's name is drawn by CSS from an attribute, so it never joins the cell's text.
    if (look.peer) this.text.dataset.peer = look.peer.name;
    else if (this.text.dataset.peer !== undefined) delete this.text.dataset.peer;
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
