/** The scenario engine worker's entry: the engines answer the page that started this worker. */
import type { MessageEndpoint } from './engineMessages.js';
import { serveScenarioEngines } from './scenarioEngineHost.js';
import { markMoment } from '../session/pageMoments.js';

markMoment('workerStarted');

// A dedicated worker's global scope is a message endpoint (the DOM lib types `self` as a Window).
serveScenarioEngines(globalThis as unknown as MessageEndpoint);
