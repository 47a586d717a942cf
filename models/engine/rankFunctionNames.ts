/**
 * The names of Excel's rank functions in English and Danish Excel, apart from their HyperFormula
 * plugin (rankFunctions.ts), so that translating a formula's function names never loads the engine.
 */
/** Function ids added by the plugin; kept public so callers can list or document them. */
export const RANK_FUNCTION_NAMES = ['RANK', 'RANK.EQ', 'PERCENTRANK', 'PERCENTRANK.INC'] as const;

export type RankFunctionName = (typeof RANK_FUNCTION_NAMES)[number];

const ENGLISH_NAMES: Record<RankFunctionName, string> = {
  RANK: 'RANK',
  'RANK.EQ': 'RANK.EQ',
  PERCENTRANK: 'PERCENTRANK',
  'PERCENTRANK.INC': 'PERCENTRANK.INC',
};

// Danish Excel's names. ".MEDTAG" matches Danish Excel and HyperFormula's own
// daDK pack (FRAKTIL.MEDTAG, KVARTIL.MEDTAG).
const DANISH_NAMES: Record<RankFunctionName, string> = {
  RANK: 'PLADS',
  'RANK.EQ': 'PLADS.LIGE',
  PERCENTRANK: 'PROCENTPLADS',
  'PERCENTRANK.INC': 'PROCENTPLADS.MEDTAG',
};

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const RANK_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: ENGLISH_NAMES,
  enUS: ENGLISH_NAMES,
  daDK: DANISH_NAMES,
};
