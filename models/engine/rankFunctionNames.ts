/**
 * The names of Excel's rank functions in English and Danish Excel, apart from their HyperFormula
 * plugin (rankFunctions.ts), so that translating a formula's function names never loads the engine.
 */
/** Function ids added by the plugin; kept public so callers can list or document them. */
export const RANK_FUNCTION_NAMES = ['RANK', 'RANK.EQ', 'RANK.AVG', 'PERCENTRANK', 'PERCENTRANK.INC', 'PERCENTRANK.EXC'] as const;

export type RankFunctionName = (typeof RANK_FUNCTION_NAMES)[number];

const ENGLISH_NAMES: Record<RankFunctionName, string> = {
  RANK: 'RANK',
  'RANK.EQ': 'RANK.EQ',
  'RANK.AVG': 'RANK.AVG',
  PERCENTRANK: 'PERCENTRANK',
  'PERCENTRANK.INC': 'PERCENTRANK.INC',
  'PERCENTRANK.EXC': 'PERCENTRANK.EXC',
};

// Danish Excel's names. ".MEDTAG" and ".UDELAD" match Danish Excel and HyperFormula's own
// daDK pack (FRAKTIL.MEDTAG, FRAKTIL.UDELAD); ".GNSN" is Danish Excel's RANK.AVG.
const DANISH_NAMES: Record<RankFunctionName, string> = {
  RANK: 'PLADS',
  'RANK.EQ': 'PLADS.LIGE',
  'RANK.AVG': 'PLADS.GNSN',
  PERCENTRANK: 'PROCENTPLADS',
  'PERCENTRANK.INC': 'PROCENTPLADS.MEDTAG',
  'PERCENTRANK.EXC': 'PROCENTPLADS.UDELAD',
};

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const RANK_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: ENGLISH_NAMES,
  enUS: ENGLISH_NAMES,
  daDK: DANISH_NAMES,
};
