/**
 * A menu of the top bar: its button (aria-haspopup, aria-expanded) opens a list of items under it,
 * with the keys and closing of useMenu. An item chosen through `choose` closes the menu and leaves
 * the focus on the menu's button before its action runs, so a dialog the action opens gives the
 * focus back there when it closes (useFocusReturn reads the opener then).
 *
 * @example <HeaderMenu label="Faktiske tal">{(choose) => <button role="menuitem" onClick={() => choose(fetch)}>Hent …</button>}</HeaderMenu>
 */
import { useMenu } from './useMenu.js';

interface Props {
  label: string;
  children(choose: (action: () => void) => void): React.ReactNode;
}

export function HeaderMenu({ label, children }: Props): React.JSX.Element {
  const menu = useMenu();
  return (
    <span className="menu-anchor" ref={menu.root} onBlur={menu.onBlur}>
      <button {...menu.toggleProps} className="menu-toggle">
        {label}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </button>
      {menu.open && (
        <span className="dropdown" role="menu" aria-label={label} ref={menu.menu} onKeyDown={menu.onMenuKeyDown}>
          {children(menu.choose)}
        </span>
      )}
    </span>
  );
}
