/**
 * The active scenario (its assumption cells are marked in the grid, and editing them edits the
 * scenario), and creating, duplicating, renaming and deleting scenarios.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdentity } from '../../../models/workbook/identities.js';
import type { WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { ask } from '../ui/dialogs.js';
import { uniqueScenarioName } from './scenarioNames.js';
import { useStore } from '../ui/store.js';
import { useMenu } from '../ui/useMenu.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';

export function ScenarioSwitcher({ session }: { session: WorkbookSession }): React.JSX.Element {
  const { t } = useTranslation();
  const revision = useStore(session.structureRevision);
  const active = useStore(session.activeScenario);
  const scenarios = useMemo(() => {
    void revision;
    return session.engines.scenarios();
  }, [session, revision]);
  const menu = useMenu();
  const current = scenarios.find((s) => s.id === active);

  const uniqueName = (base: string): string => uniqueScenarioName(base, scenarios);
  const create = async (copyOf: typeof current): Promise<void> => {
    const initial = copyOf ? uniqueName(t('scenario.copyName', { name: copyOf.name })) : uniqueName(t('scenario.newName'));
    const name = await ask({ title: t(copyOf ? 'scenario.duplicateTitle' : 'scenario.newTitle'), label: t('scenario.nameLabel'), initial, confirmLabel: t('common.create') });
    if (!name?.trim()) return;
    const ops: WorkbookOperation[] = [];
    // The implicit Basis exists only while there are no scenarios: keep it as a real one.
    if (scenarios.length === 1 && scenarios[0]!.id === '') {
      ops.push({ type: 'putScenario', scenario: { id: newIdentity(session.doc), name: scenarios[0]!.name, inputs: {} } });
    }
    const id = newIdentity(session.doc);
    ops.push({ type: 'putScenario', scenario: { id, name: name.trim(), inputs: { ...(copyOf?.inputs ?? {}) } } });
    if (session.apply(ops)) session.showScenario(id);
  };
  const rename = async (): Promise<void> => {
    if (!current || current.id === '') return;
    const name = await ask({ title: t('scenario.renameTitle'), label: t('scenario.nameLabel'), initial: current.name, confirmLabel: t('common.save') });
    if (name?.trim() && name.trim() !== current.name) {
      session.apply({ type: 'putScenario', scenario: { id: current.id, name: name.trim(), inputs: current.inputs } });
    }
  };
  const remove = async (): Promise<void> => {
    if (!current || current.id === '') return;
    const sure = await ask({ title: t('scenario.deleteTitle', { name: current.name }), confirmLabel: t('common.delete'), danger: true });
    if (sure) session.apply({ type: 'deleteScenario', scenarioId: current.id });
  };

  const inputs = current ? Object.keys(current.inputs).length : 0;
  return (
    <div className="scenario-switcher">
      <select aria-label={t('scenario.label')} value={active} onChange={(e) => session.showScenario(e.target.value)}>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <span className="scenario-inputs" title={t('scenario.inputsHint')}>
        {t('scenario.inputs', { count: inputs })}
      </span>
      {!session.readOnly && (
        <span className="menu-anchor" ref={menu.root} onBlur={menu.onBlur}>
          <button {...menu.toggleProps} title={t('scenario.menu')} aria-label={t('scenario.menu')}>
            ⋯
          </button>
          {menu.open && (
            <span className="dropdown" role="menu" aria-label={t('scenario.menu')} ref={menu.menu} onKeyDown={menu.onMenuKeyDown}>
              <button role="menuitem" onClick={() => menu.choose(() => void create(undefined))}>{t('scenario.new')}</button>
              <button role="menuitem" onClick={() => menu.choose(() => void create(current))}>{t('scenario.duplicate')}</button>
              <button role="menuitem" disabled={!current || current.id === ''} onClick={() => menu.choose(() => void rename())}>{t('scenario.rename')}</button>
              <button role="menuitem" disabled={!current || current.id === ''} onClick={() => menu.choose(() => void remove())}>{t('scenario.delete')}</button>
            </span>
          )}
        </span>
      )}
    </div>
  );
}
