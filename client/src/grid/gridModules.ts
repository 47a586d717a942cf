/** The AG Grid Community modules the sheet grid uses, registered once (keeps the bundle lean). */
import {
  CellStyleModule,
  ClientSideRowModelModule,
  CustomEditorModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
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
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
