/**
 * Around a sheet's grid: if creating or rendering it throws, the planner reads that the sheet
 * could not be shown (instead of a blank page or a static first screen that never goes), and the
 * rest of the workbook (goal panel, tabs) stays usable.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  onFailed(): void;
}

function FailedNotice(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p className="sheet-grid muted" role="alert">
      {t('grid.failed')}
    </p>
  );
}

export class GridFailure extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('the grid failed', error);
    this.props.onFailed();
  }

  override render(): ReactNode {
    return this.state.failed ? <FailedNotice /> : this.props.children;
  }
}
