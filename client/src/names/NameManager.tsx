/**
 * Navnestyring (Excel's Name Manager, Ctrl+F3): every defined name with its value, what it refers
 * to and its scope (Projektmappe or a sheet); an editor adds (choosing the scope, as Excel's New
 * Name does), edits (renames: the formulas using the name follow; changes what it refers to) and
 * deletes names, each save one undoable step every colleague receives. A refused name is
 * explained in the form, which keeps what was typed. A viewer sees the list only. A formula's
 * value comes from the engine worker, asked again whenever the values change.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOperations } from '../../../models/operations/operationChecks.js';
import { scopedNameKey } from '../../../models/workbook/definedNames.js';
import { selectionNameFormula } from '../../../models/workbook/nameTargets.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { ask } from '../ui/dialogs.js';
import { useStore } from '../ui/store.js';
import { useDialogFocus } from '../ui/useDialogFocus.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { BY_NAME, NAME_FILTERS, orderAfterClick, shownNameRows, type NameColumn, type NameFilter, type NameOrder } from './nameListView.js';
import { hasName, nameManagerRows, nameSaveOperations, type ComputedNameValues, type NameRow } from './nameManagerModel.js';

/** The selection as a name's reference (`=Data!$B$2:$B$4`): Excel's New Name starts from it. */
function selectedCells(session: WorkbookSession): string {
  const sheetName = workbookGrid(session.doc).sheetName(session.activeSheet.get());
  const { active, corner, anchor } = session.selection.get();
  return sheetName === undefined ? '' : selectionNameFormula(sheetName, anchor ?? active, corner);
}

interface Form {
  /** The name edited, or null for a new one. */
  original: string | null;
  name: string;
  refersTo: string;
  /** The name's scope: a sheet's id, or '' for the workbook (fixed once the name exists, as in Excel). */
  scope: string;
  error: string | null;
}

/** The form editing a listed name. */
function editForm(row: NameRow): Form {
  return { original: row.name, name: row.name, refersTo: row.refersTo, scope: row.sheet?.id ?? '', error: null };
}

/** Each name's value as the engine computed it under the scenario, asked again when `asked` changes. */
function useComputedNames(session: WorkbookSession, scenarioId: string, asked: unknown): ComputedNameValues {
  const [computed, setComputed] = useState<ComputedNameValues>(new Map());
  useEffect(() => {
    let current = true;
    session.engines.nameValues(scenarioId).then(
      (values) => current && setComputed(new Map(values.map((v) => [v.key, v.value]))),
      // Superseded or engines gone with the page: the list keeps what it shows.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [session, scenarioId, asked]);
  return computed;
}

/** A column heading that sorts the list by its column (aria-sort tells which way). */
function SortingHeading({ column, order, onSort, label }: { column: NameColumn; order: NameOrder; onSort: (column: NameColumn) => void; label: string }): React.JSX.Element {
  const sorted = order.column === column;
  return (
    <th scope="col" aria-sort={sorted ? (order.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="name-manager-sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{sorted ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

export function NameManager({ session, onClose }: { session: WorkbookSession; onClose: () => void }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const revision = useStore(session.revision);
  const settled = useStore(session.settledRevision);
  const scenarioId = useStore(session.activeScenario);
  const locale = useStore(session.locale);
  // The engines answer after the change (in their worker), and a page just opened gets its values later still.
  const [answers, setAnswers] = useState(0);
  useEffect(() => session.engines.onUpdate(() => setAnswers((n) => n + 1)), [session]);
  const [form, setForm] = useState<Form | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const dialog = useDialogFocus<HTMLDivElement>(() => (form ? setForm(null) : onClose()));
  const computed = useComputedNames(session, scenarioId, `${revision}:${settled}:${answers}`);
  const rows = useMemo(() => {
    void revision;
    void settled;
    void answers;
    const engine = session.engines.engine(scenarioId);
    return nameManagerRows(session.doc, locale, (sheetId, row, col) => engine.value(sheetId, row, col), computed);
  }, [session, revision, settled, answers, scenarioId, locale, computed]);
  const [filter, setFilter] = useState<NameFilter>('all');
  const [order, setOrder] = useState<NameOrder>(BY_NAME);
  const shown = useMemo(() => shownNameRows(rows, filter, order, i18n.language, t('nameManager.workbookScope')), [rows, filter, order, i18n.language, t]);
  const sort = (column: NameColumn): void => setOrder((now) => orderAfterClick(now, column));
  const current = shown.find((row) => row.key === selected) ?? null;
  const sheets = workbookGrid(session.doc).listSheets();

  const save = (): void => {
    if (!form) return;
    const sheetId = form.scope === '' ? undefined : form.scope;
    if (form.original === null && hasName(session.doc, form.name, sheetId)) {
      setForm({ ...form, error: t('nameError.taken', { name: form.name.trim() }) });
      return;
    }
    const ops = nameSaveOperations(form.original, form.name, form.refersTo, locale, sheetId);
    const refused = checkOperations(session.doc, ops);
    if (refused) {
      const reason = refused.values?.reason;
      setForm({ ...form, error: reason ? t(`nameError.${reason}`, { ...refused.values }) : refused.message });
      return;
    }
    if (!session.apply(ops)) return;
    const renamed = form.original !== null && form.original !== form.name.trim();
    session.tell(renamed ? 'nameManager.renamed' : 'nameManager.defined', { name: form.name.trim() });
    setSelected(scopedNameKey(form.name.trim(), sheetId));
    setForm(null);
  };

  const remove = async ({ name, sheet }: NameRow): Promise<void> => {
    const answer = await ask({ title: t('nameManager.delete'), message: t('nameManager.deleteConfirm', { name }), confirmLabel: t('common.delete'), danger: true });
    if (answer === null) return;
    if (session.apply({ type: 'deleteName', name, ...(sheet ? { sheetId: sheet.id } : {}) })) {
      session.tell('nameManager.deleted', { name });
      setSelected(null);
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialog} className="dialog name-manager" role="dialog" aria-modal="true" aria-label={t('nameManager.title')}>
        <h2>{t('nameManager.title')}</h2>
        <p className="name-manager-intro">{session.readOnly ? t('nameManager.readOnly') : t('nameManager.intro')}</p>
        {rows.length > 0 && (
          <label className="name-manager-filter">
            {t('nameManager.filter')}
            <select value={filter} onChange={(e) => setFilter(e.target.value as NameFilter)}>
              {NAME_FILTERS.map((f) => (
                <option key={f} value={f}>
                  {t(`nameManager.filters.${f}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {rows.length === 0 ? (
          <p>{t('nameManager.none')}</p>
        ) : shown.length === 0 ? (
          <p>{t('nameManager.noneFiltered')}</p>
        ) : (
          <div className="name-manager-list">
            <table>
              <thead>
                <tr>
                  <SortingHeading column="name" order={order} onSort={sort} label={t('nameManager.name')} />
                  <SortingHeading column="value" order={order} onSort={sort} label={t('nameManager.value')} />
                  <SortingHeading column="refersTo" order={order} onSort={sort} label={t('nameManager.refersTo')} />
                  <SortingHeading column="scope" order={order} onSort={sort} label={t('nameManager.scope')} />
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr
                    key={row.key}
                    aria-selected={row.key === selected}
                    className={row.key === selected ? 'is-selected' : undefined}
                    onClick={() => setSelected(row.key)}
                    onDoubleClick={() => !session.readOnly && setForm(editForm(row))}
                  >
                    <th scope="row">
                      <button type="button" className="name-manager-name" onClick={() => setSelected(row.key)}>
                        {row.name}
                      </button>
                    </th>
                    <td>{row.value}</td>
                    <td className="name-manager-formula">{row.refersTo}</td>
                    <td>{row.sheet?.name ?? t('nameManager.workbookScope')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {form && (
          <form
            className="name-manager-form"
            aria-label={form.original === null ? t('nameManager.newTitle') : t('nameManager.editTitle')}
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <h3>{form.original === null ? t('nameManager.newTitle') : t('nameManager.editTitle')}</h3>
            <label>
              {t('nameManager.name')}
              <input autoFocus value={form.name} maxLength={255} aria-invalid={form.error !== null || undefined} onChange={(e) => setForm({ ...form, name: e.target.value, error: null })} />
            </label>
            <label>
              {t('nameManager.scope')}
              <select value={form.scope} disabled={form.original !== null} onChange={(e) => setForm({ ...form, scope: e.target.value, error: null })}>
                <option value="">{t('nameManager.workbookScope')}</option>
                {sheets.map((sheet) => (
                  <option key={sheet.id} value={sheet.id}>
                    {sheet.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('nameManager.refersTo')}
              <input value={form.refersTo} spellCheck={false} placeholder={t('nameManager.refersToHint')} onChange={(e) => setForm({ ...form, refersTo: e.target.value, error: null })} />
            </label>
            {form.error !== null && (
              <p className="name-manager-error" role="alert">
                {form.error}
              </p>
            )}
            <div className="dialog-buttons">
              <button type="button" onClick={() => setForm(null)}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="primary">
                {t('common.save')}
              </button>
            </div>
          </form>
        )}
        <div className="dialog-buttons">
          {!session.readOnly && !form && (
            <>
              <button type="button" onClick={() => setForm({ original: null, name: '', refersTo: selectedCells(session), scope: '', error: null })}>
                {t('nameManager.new')}
              </button>
              <button type="button" disabled={!current} onClick={() => current && setForm(editForm(current))}>
                {t('nameManager.edit')}
              </button>
              <button type="button" disabled={!current} onClick={() => current && void remove(current)}>
                {t('nameManager.delete')}
              </button>
              <span className="topbar-spacer" />
            </>
          )}
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
