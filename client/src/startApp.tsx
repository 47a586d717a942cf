/** The app's React side: translations, the offline shell, and the view of the address. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n.js';
import { App } from './App.js';
import { registerOfflineShell } from './session/offlineShell.js';
import type { WorkspaceAddress } from './session/workspaceAddress.js';
import type { OpenedWorkspace } from './workspace/openWorkspace.js';

export async function startApp(address: WorkspaceAddress | null, opened: OpenedWorkspace | null): Promise<void> {
  await initI18n();
  registerOfflineShell();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App address={address} opened={opened} />
    </StrictMode>,
  );
}
