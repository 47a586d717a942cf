/**
 * The step the browser's sensitivity uses: ±10 %, the default (DEFAULT_STEP in
 * models/analysis/sensitivity.ts). Its own module so the dashboard can name it without loading
 * the analysis (and with it the engine) on the page.
 */
export const SENSITIVITY_STEP = 0.1;
