/**
 * The export and import endpoints from the browser: downloads with the bearer token (so the
 * token never appears in a URL), and uploads with progress (XMLHttpRequest: fetch reports no
 * upload progress). Answers are checked against their schemas in models/api/ before the UI uses them.
 */
import { errorAnswerSchema } from '../../../models/api/errorAnswer.js';
import { importAnswerSchema, type ImportAnswer } from '../../../models/api/importAnswers.js';
import type { CsvExportSeparator } from '../../../models/interchange/csvExport.js';
import type { CsvDecimal } from '../../../models/interchange/csvText.js';

export type { CsvDecimal, CsvExportSeparator, ImportAnswer };

export function exportXlsxPath(workspaceId: string, scenario?: string): string {
  const query = scenario === undefined ? '' : `?scenario=${encodeURIComponent(scenario)}`;
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/export.xlsx${query}`;
}

export function sheetCsvPath(workspaceId: string, sheet: string, separator: CsvExportSeparator, decimal: CsvDecimal, scenario?: string): string {
  const query = new URLSearchParams({ separator, decimal, ...(scenario === undefined ? {} : { scenario }) }).toString();
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/sheets/${encodeURIComponent(sheet)}.csv?${query}`;
}

/** A refused request: `status` and the server's message. */
export class InterchangeRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'InterchangeRequestError';
  }
}

function fileNameFrom(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Fetches a file with the token and hands it to the browser as a download. */
export async function downloadFile(path: string, token: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const parsed = errorAnswerSchema.safeParse(await response.json().catch(() => null));
    throw new InterchangeRequestError(response.status, parsed.success ? parsed.data.error : response.statusText);
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has started the download; the URL is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

export interface ImportRequest {
  workspaceId: string;
  token: string;
  file: File;
  /** mode, sheet, separator, decimal, dryRun: see models/interchange/README.md. */
  fields: Record<string, string>;
  /** Bytes sent so far and in all. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

export function uploadImport({ workspaceId, token, file, fields, onProgress, signal }: ImportRequest): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/workspaces/${encodeURIComponent(workspaceId)}/import`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => reject(new InterchangeRequestError(0, 'network'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(String(xhr.responseText));
      } catch {
        body = null;
      }
      if (xhr.status !== 200) {
        const parsed = errorAnswerSchema.safeParse(body);
        reject(new InterchangeRequestError(xhr.status, parsed.success ? parsed.data.error : `HTTP ${xhr.status}`));
        return;
      }
      const parsed = importAnswerSchema.safeParse(body);
      if (parsed.success) resolve(parsed.data);
      else reject(new InterchangeRequestError(xhr.status, 'unexpected answer from the server'));
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.set('file', file, file.name);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    xhr.send(form);
  });
}
