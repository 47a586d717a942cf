/** The AG Grid Community modules the sheet grid uses, registered once (keeps the bundle lean). */
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
  ValidationModule,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  PinnedRowModule,
  CustomEditorModule,
  ScrollApiModule,
  RenderApiModule,
  CellStyleModule,
  // The columns' positions and the rows for the wheel-scroll preview (scrollPreview.ts).
  ColumnApiModule,
  RowApiModule,
  // Rows grown for their wrapped cells get their heights again (resetRowHeights, rowHeights.ts).
  ClientSideRowModelApiModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
