/**
 * Navnestyring (Excel's Name Manager, Ctrl+F3): every defined name with what it refers to and its
 * current value; an editor adds, edits (renames: the formulas using the name follow; changes what
 * it refers to) and deletes names, each save one undoable step every colleague receives. A refused
 * name is explained in the form, which keeps what was typed. A viewer sees the list only.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOperations } from '../../../models/operations/operationChecks.js';
import { selectionNameFormula } from '../../../models/workbook/nameTargets.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { ask } from '../ui/dialogs.js';
import { useStore } from '../ui/store.js';
import { useDialogFocus } from '../ui/useDialogFocus.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { hasName, nameManagerRows, nameSaveOperations } from './nameManagerModel.js';

/** The selection as a name's reference (`=Data!$B$2:$B$4`): Excel's New Name starts from it. */
function selectedCells(session: WorkbookSession): string {
  const sheetName = workbookGrid(session.doc).sheetName(session.activeSheet.get());
  const { active, corner } = session.selection.get();
  return sheetName === undefined ? '' : selectionNameFormula(sheetName, active, corner);
}

interface Form {
  /** The name edited, or null for a new one. */
  original: string | null;
  name: string;
  refersTo: string;
  error: string | null;
}

export function NameManager({ session, onClose }: { session: WorkbookSession; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
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
  const rows = useMemo(() => {
    void revision;
    void settled;
    void answers;
    const engine = session.engines.engine(scenarioId);
    return nameManagerRows(session.doc, locale, (sheetId, row, col) => engine.value(sheetId, row, col));
  }, [session, revision, settled, answers, scenarioId, locale]);
  const current = rows.find((row) => row.name === selected) ?? null;

  const save = (): void => {
    if (!form) return;
    if (form.original === null && hasName(session.doc, form.name)) {
      setForm({ ...form, error: t('nameError.taken', { name: form.name.trim() }) });
      return;
    }
    const ops = nameSaveOperations(form.original, form.name, form.refersTo, locale);
    const refused = checkOperations(session.doc, ops);
    if (refused) {
      const reason = refused.values?.reason;
      setForm({ ...form, error: reason ? t(`nameError.${reason}`, { ...refused.values }) : refused.message });
      return;
    }
    if (!session.apply(ops)) return;
    const renamed = form.original !== null && form.original !== form.name.trim();
    session.tell(renamed ? 'nameManager.renamed' : 'nameManager.defined', { name: form.name.trim() });
    setSelected(form.name.trim());
    setForm(null);
  };

  const remove = async (name: string): Promise<void> => {
    const answer = await ask({ title: t('nameManager.delete'), message: t('nameManager.deleteConfirm', { name }), confirmLabel: t('common.delete'), danger: true });
    if (answer === null) return;
    if (session.apply({ type: 'deleteName', name })) {
      session.tell('nameManager.deleted', { name });
      setSelected(null);
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialog} className="dialog name-manager" role="dialog" aria-modal="true" aria-label={t('nameManager.title')}>
        <h2>{t('nameManager.title')}</h2>
        <p className="name-manager-intro">{session.readOnly ? t('nameManager.readOnly') : t('nameManager.intro')}</p>
        {rows.length === 0 ? (
          <p>{t('nameManager.none')}</p>
        ) : (
          <div className="name-manager-list">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('nameManager.name')}</th>
                  <th scope="col">{t('nameManager.value')}</th>
                  <th scope="col">{t('nameManager.refersTo')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.name}
                    aria-selected={row.name === selected}
                    className={row.name === selected ? 'is-selected' : undefined}
                    onClick={() => setSelected(row.name)}
                    onDoubleClick={() => !session.readOnly && setForm({ original: row.name, name: row.name, refersTo: row.refersTo, error: null })}
                  >
                    <th scope="row">
                      <button type="button" className="name-manager-name" onClick={() => setSelected(row.name)}>
                        {row.name}
                      </button>
                    </th>
                    <td>{row.value}</td>
                    <td className="name-manager-formula">{row.refersTo}</td>
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
              <button type="button" onClick={() => setForm({ original: null, name: '', refersTo: selectedCells(session), error: null })}>
                {t('nameManager.new')}
              </button>
              <button type="button" disabled={!current} onClick={() => current && setForm({ original: current.name, name: current.name, refersTo: current.refersTo, error: null })}>
                {t('nameManager.edit')}
              </button>
              <button type="button" disabled={!current} onClick={() => current && void remove(current.name)}>
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
