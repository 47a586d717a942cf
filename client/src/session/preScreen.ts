/**
 * The pre-screen (issue 17): the workspace's first sheet and goal cards painted by the entry
 * itself, as plain DOM, before React or any of the app's chunks has evaluated. It shows the
 * server's answer to the entry's first request (GET …/values?screen=<locale>: the cells' display
 * text and the first scenario's judged goals, models/scenarios/firstSheetScreen.ts) in the
 * workbook page's own layout and classes (WorkbookLayout, FirstScreen, SidePanel, GoalCard), so
 * that the page, once its document is synced, replaces it without a visible jump
 * (takePreScreen, called in the same commit that puts the page's grid and goal cards on screen).
 *
 * It takes no edit itself: a click selects a cell, typed text shows in it, and Enter, Tab and the
 * arrows end an entry and move (keysBeforeGrid.ts); all of it is handed to the page (its
 * selection, the entries it commits and the typed-ahead text the grid's editor opens with).
 * Dependency-free (part of the entry's chunk): only textContent is written, never markup.
 */
import type { FirstSheetScreen, ScreenCell } from '../../../models/scenarios/firstSheetScreen.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { columnLabel } from '../../../models/workbook/cellAddress.js';
import { storedLanguage, type Language } from '../i18n/languageChoice.js';
import { app as appDa, goalVerdict as verdictDa, goals as goalsDa, grid as gridDa, panel as panelDa } from '../i18n/da.json';
import { app as appEn, goalVerdict as verdictEn, goals as goalsEn, grid as gridEn, panel as panelEn } from '../i18n/en.json';
import { markMoment } from './pageMoments.js';
import { clickBeforeGrid, composingKey, keyBeforeGrid, noKeysBeforeGrid, type KeysBeforeGrid } from './keysBeforeGrid.js';
import { TabRun } from '../grid/tabRun.js';
import { fitted } from './screenFit.js';
import { fittedText } from '../grid/fittedText.js';
import { textRoom } from '../grid/cellTextWidth.js';
import '../grid/firstScreen.css';

const TEXTS = {
  da: { app: appDa, goals: goalsDa, goalVerdict: verdictDa, grid: gridDa, panel: panelDa },
  en: { app: appEn, goals: goalsEn, goalVerdict: verdictEn, grid: gridEn, panel: panelEn },
} as const;

/** The locale the grid shows numbers in for the chosen language (WorkbookSession.typingLocale). */
export function screenLocale(language: Language): 'da-DK' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

let painted: HTMLElement | null = null;
let everPainted = false;
let over = false;
/** What the planner did on the pre-screen, for the page to carry on with. */
let input: KeysBeforeGrid = noKeysBeforeGrid();
const tabRun = new TabRun();

/** Whether a pre-screen was painted on this page (the page then shows its goal cards at once). */
export function preScreenPainted(): boolean {
  return everPainted;
}

/**
 * Removes the pre-screen (if any) and returns what the planner did on it; after this call none
 * is painted any more. The page calls it once its own view is on screen, or when it shows
 * something else (access refused, an error).
 */
export function takePreScreen(): KeysBeforeGrid | null {
  over = true;
  if (!painted) return null;
  painted.remove();
  painted = null;
  markMoment('preScreenTaken');
  return input;
}

/**
 * Paints the pre-screen once the entry's requests have answered, unless the page is there first.
 * `access`: the access answer (a viewer sees the viewer's banner and types nothing, as on the page).
 */
export function showPreScreen(values: Promise<Response>, access: Promise<Response>, storage: Storage, document: Document): void {
  const language = storedLanguage(storage);
  const json = (sent: Promise<Response>): Promise<unknown> => sent.then((response) => (response.ok ? response.clone().json() : null)).catch(() => null);
  void Promise.all([json(values), json(access)]).then(([answer, role]) => {
    const sent = readScreen(answer);
    if (over || !sent) return;
    const view = document.defaultView;
    const screen = view ? fitted(sent, view.innerWidth, view.innerHeight) : sent;
    const viewer = typeof role === 'object' && role !== null && 'role' in role && role.role === 'viewer';
    painted = paint(screen, viewer, TEXTS[language], screenLocale(language), document);
    everPainted = true;
    document.body.prepend(painted);
    markMoment('preScreen');
  });
}

const STATUSES: ReadonlySet<string> = new Set(['met', 'missed', 'tracked', 'qualitative', 'error']);
const CLASSES: ReadonlySet<string> = new Set(['fx-num', 'fx-err', 'fx-spill', 'fx-input']);

function soundCell(cell: ScreenCell | undefined): boolean {
  return (
    typeof cell?.text === 'string' &&
    Array.isArray(cell.classes) &&
    cell.classes.every((name) => CLASSES.has(name)) &&
    (cell.number === undefined || typeof cell.number === 'number') &&
    // A named format or an Excel code, read no further: workbookReader's isCellFormat brings Yjs
    // into the entry's chunk, formatCode.ts's isFormatCode numfmt (which loads with the page's
    // chunks). The format only goes to the fitting (fittedText.ts), which fits the server's text
    // by the format's name (General or not) and renders no code, so any text is harmless there.
    (cell.format === undefined || typeof cell.format === 'string')
  );
}

/** The answer's screen if it has the expected shape (the page checks the whole answer with its schema). */
function readScreen(answer: unknown): FirstSheetScreen | null {
  if (typeof answer !== 'object' || answer === null || !('screen' in answer)) return null;
  const screen = answer.screen as FirstSheetScreen | undefined;
  const sound =
    typeof screen === 'object' &&
    screen !== null &&
    Array.isArray(screen.rows) &&
    Array.isArray(screen.columnWidths) &&
    Array.isArray(screen.goals) &&
    Array.isArray(screen.sheets) &&
    screen.goals.every((goal) => typeof goal?.id === 'string' && typeof goal.title === 'string' && STATUSES.has(goal.status)) &&
    screen.rows.every((row) => Array.isArray(row) && row.every(soundCell));
  return sound ? screen : null;
}

type Texts = (typeof TEXTS)[Language];

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

function paint(screen: FirstSheetScreen, viewer: boolean, texts: Texts, locale: WorkbookLocale, document: Document): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => element(document, tag, className, text);
  const root = el('div', 'pre-screen');
  root.id = 'pre-screen';
  const workbook = el('div', 'workbook');
  root.append(workbook);

  const topbar = el('header', 'topbar');
  // A hidden box gives the bar the height the page's controls give it (firstScreen.css).
  const spacer = el('span', 'pre-screen-spacer');
  topbar.append(el('span', 'brand', 'Fremskriv'), el('h1', 'workbook-title', screen.title || texts.app.untitled), spacer);
  workbook.append(topbar);
  if (viewer) workbook.append(el('div', 'viewer-banner', texts.app.viewerBanner));
  const formulaRow = el('div', 'formula-row');
  const nameBox = el('input', 'name-box');
  const formula = el('input', 'formula-input');
  for (const field of [nameBox, formula]) {
    field.readOnly = true;
    field.tabIndex = -1;
  }
  nameBox.value = 'A1';
  formulaRow.append(nameBox, el('span', 'fx-label', 'fx'), formula);
  workbook.append(formulaRow);

  const body = el('div', 'workbook-body');
  const gridArea = el('section', 'grid-area');
  const stack = el('div', 'sheet-stack');
  stack.append(sheet(screen, viewer, texts, locale, el, (address) => (nameBox.value = address)));
  const tabs = el('div', 'sheet-tabs');
  const tabList = el('div', '');
  tabList.setAttribute('role', 'tablist');
  screen.sheets.forEach((name, index) => {
    const wrap = el('span', 'sheet-tab-wrap');
    const tab = el('button', 'sheet-tab', name);
    tab.setAttribute('aria-selected', String(index === 0));
    tab.tabIndex = -1;
    wrap.append(tab);
    tabList.append(wrap);
  });
  tabs.append(tabList);
  gridArea.append(stack, tabs);

  const side = el('aside', 'side-panel');
  const panelTabs = el('div', 'panel-tabs');
  for (const name of ['goals', 'comparison', 'versions'] as const) {
    const tab = el('button', '', texts.panel[name]);
    tab.setAttribute('aria-selected', String(name === 'goals'));
    tab.tabIndex = -1;
    panelTabs.append(tab);
  }
  const panelBody = el('div', 'panel-body');
  const dashboard = el('div', 'goal-dashboard');
  const heading = el('div', 'panel-heading');
  heading.append(el('h2', '', texts.goals.title.replace('{{scenario}}', screen.scenarioName)));
  const list = el('ul', 'goal-list');
  for (const goal of screen.goals) {
    const card = el('li', `goal-card status-${goal.status}`);
    card.dataset.goalId = goal.id;
    card.dataset.status = goal.status;
    const head = el('div', 'goal-head');
    const label = goal.status === 'tracked' ? texts.goalVerdict.status.tracked : texts.goals.status[goal.status];
    head.append(el('span', 'goal-id', goal.id), el('span', `badge badge-${goal.status}`, label));
    card.append(head, el('h3', 'goal-title', goal.title));
    list.append(card);
  }
  if (screen.goals.length === 0) dashboard.append(heading, el('p', 'muted', texts.goals.none));
  else dashboard.append(heading, list);
  panelBody.append(dashboard);
  side.append(panelTabs, panelBody);
  body.append(gridArea, side);
  workbook.append(body);
  return root;
}

/** The sheet as FirstScreen.tsx lays it out: header row, row numbers, frozen panes, the cells. */
function sheet(
  screen: FirstSheetScreen,
  viewer: boolean,
  texts: Texts,
  locale: WorkbookLocale,
  el: <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => HTMLElementTagNameMap[K],
  onSelect: (address: string) => void,
): HTMLElement {
  const view = el('div', 'first-screen');
  view.tabIndex = -1;
  view.setAttribute('role', 'grid');
  view.setAttribute('aria-busy', 'true');
  view.setAttribute('aria-label', texts.grid.label);
  const frozenCols = Math.min(screen.frozen.cols, screen.columnWidths.length);
  const pinnedWidth = screen.columnWidths.slice(0, frozenCols).reduce((sum, width) => sum + width, 0);
  const cells = new Map<string, { cell: HTMLElement; text: HTMLElement; shown: string }>();
  const row = (className: string, header: string, cell: (col: number, width: number) => HTMLElement): HTMLElement => {
    const line = el('div', className);
    line.setAttribute('role', 'row');
    const rowHeader = el('div', 'fs-row-header', header);
    rowHeader.style.width = `${screen.rowHeaderWidth}px`;
    line.append(rowHeader);
    if (frozenCols > 0) {
      const pinned = el('div', 'fs-pane fs-pane-right');
      pinned.style.width = `${pinnedWidth}px`;
      screen.columnWidths.slice(0, frozenCols).forEach((width, col) => pinned.append(cell(col, width)));
      line.append(pinned);
    }
    const center = el('div', 'fs-pane fs-center');
    screen.columnWidths.slice(frozenCols).forEach((width, i) => center.append(cell(frozenCols + i, width)));
    line.append(center);
    return line;
  };
  view.append(
    row('fs-row fs-header', '', (col, width) => {
      const header = el('div', 'fs-col-header', columnLabel(col));
      header.setAttribute('role', 'columnheader');
      header.style.width = `${width}px`;
      return header;
    }),
  );
  const key = (r: number, c: number): string => `${r}:${c}`;
  screen.rows.forEach((cellsOfRow, r) => {
    view.append(
      row(r === screen.frozen.rows - 1 ? 'fs-row fs-pane-bottom' : 'fs-row', String(r + 1), (col, width) => {
        const sent = cellsOfRow[col] ?? { text: '', classes: [] };
        // A number fitted to its column as the grid fits it (fittedText.ts), so nothing changes when the page takes over.
        const shown = sent.number === undefined ? sent : { ...sent, text: fittedText(sent.number, sent.text, sent.format, locale, textRoom(width), false).text };
        const cell = el('div', ['fs-cell', ...shown.classes, r === 0 && col === 0 ? 'fx-active' : ''].join(' ').trim());
        cell.setAttribute('role', 'gridcell');
        cell.style.width = `${width}px`;
        const address = `${columnLabel(col)}${r + 1}`;
        cell.dataset.firstCell = address;
        const text = el('span', 'fx-text', shown.text);
        cell.append(text);
        cells.set(key(r, col), { cell, text, shown: shown.text });
        cell.addEventListener('mousedown', () => {
          show(clickBeforeGrid(input, { row: r, col }));
          onSelect(address);
        });
        return cell;
      }),
    );
  });
  /** Shows `next`: the active cell's outline and typed text, and each ended entry's text in its cell. */
  const show = (next: KeysBeforeGrid): void => {
    const before = cells.get(key(input.active.row, input.active.col));
    before?.cell.classList.remove('fx-active');
    if (before) before.text.textContent = before.shown;
    for (const entry of next.entries.slice(input.entries.length)) {
      const entered = cells.get(key(entry.row, entry.col));
      if (entered) entered.shown = entered.text.textContent = entry.text;
    }
    input = next;
    const active = cells.get(key(input.active.row, input.active.col));
    active?.cell.classList.add('fx-active');
    if (active) active.text.textContent = input.typed === '' ? active.shown : input.typed;
  };
  // Keys pressed before the page is there (keysBeforeGrid.ts) are handed to the page's grid.
  const room = { rows: screen.rows.length, cols: screen.columnWidths.length };
  // A dead key or an input method's key composes into a field of its own (a div composes nothing), as on the first screen.
  const composer = el('textarea', 'fs-composer');
  composer.setAttribute('aria-hidden', 'true');
  composer.tabIndex = -1;
  composer.addEventListener('input', () => show({ ...input, typed: composer.value }));
  view.append(composer);
  view.addEventListener('keydown', (event) => {
    const stroke = { key: event.key, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey, alt: event.altKey };
    const goes = composingKey(stroke, !viewer, event.target === composer, event.isComposing);
    if (goes === 'field') return;
    if (goes === 'compose') {
      composer.value = input.typed;
      composer.focus({ preventScroll: true });
      composer.setSelectionRange(composer.value.length, composer.value.length);
      return;
    }
    const next = keyBeforeGrid(input, stroke, room, !viewer, tabRun);
    if (!next) return;
    event.preventDefault();
    const moved = next.active.row !== input.active.row || next.active.col !== input.active.col;
    show(next);
    if (next.typed === '' && document.activeElement === composer) {
      composer.value = '';
      view.focus({ preventScroll: true });
    }
    if (moved) onSelect(`${columnLabel(next.active.col)}${next.active.row + 1}`);
  });
  queueMicrotask(() => {
    if (!document.activeElement || document.activeElement === document.body) view.focus({ preventScroll: true });
  });
  return view;
}
