/**
 * exceljs turns every number under a date-like number format into a JavaScript Date while
 * reading, rounded to the millisecond (and an Invalid Date beyond about 270,000 years). Fremskriv
 * keeps Excel's serial numbers and reads date formats itself (cellNumberFormats.ts), so that
 * conversion only loses digits: a date cell holding 1E-7 or -3 came back as another number or
 * none (found by the .xlsx round trip of random workbooks once the `date` format existed).
 * Importing this module switches the conversion off for the process; exceljs uses this check
 * for nothing else.
 */
import excelUtils from 'exceljs/lib/utils/utils.js';

excelUtils.isDateFmt = (): boolean => false;
