/** Fremskriv in the browser: translations first, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n.js';
import { App } from './App.js';
import { registerOfflineShell } from './session/offlineShell.js';
import './styles.css';

initI18n();
registerOfflineShell();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
