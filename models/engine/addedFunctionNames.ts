/**
 * Every function name our plugins add to HyperFormula 3.5 after the rank functions, conditional
 * aggregates and trend functions (each listed by its names file), and LET and LAMBDA, which the binding
 * computes by giving the engine its calculation (formula/letFormula.ts), in one place for the import's
 * list of computable functions (interchange/unsupportedFunctions.ts) and Danish formula
 * translation (formula/formulaLocale.ts). Names only: loading it never loads the engine.
 */
import { LAMBDA_DANISH_NAMES, LAMBDA_FUNCTION_NAMES } from '../formula/lambdaFormula.js';
import { LET_DANISH_NAMES, LET_FUNCTION_NAMES } from '../formula/letFormula.js';
import { ARRAY_RESHAPE_FUNCTION_NAMES, ARRAY_RESHAPE_FUNCTION_TRANSLATIONS } from './arrayReshapeFunctionNames.js';
import { ARRAY_SHAPE_FUNCTION_NAMES, ARRAY_SHAPE_FUNCTION_TRANSLATIONS } from './arrayShapeFunctionNames.js';
import { INDIRECT_DANISH_NAMES, INDIRECT_FUNCTION_NAMES } from './indirectFunctionName.js';
import { ERROR_TYPE_FUNCTION_NAMES, ERROR_TYPE_TRANSLATIONS } from './errorTypeFunctionName.js';
import { VALUE_TYPE_FUNCTION_NAMES, VALUE_TYPE_TRANSLATIONS } from './valueTypeFunctionName.js';
import { LOOKUP_FUNCTION_NAMES, LOOKUP_FUNCTION_TRANSLATIONS } from './lookupFunctionNames.js';
import { RANDOM_ARRAY_FUNCTION_NAMES, RANDOM_ARRAY_TRANSLATIONS } from './randomArrayName.js';
import { SINGLE_FUNCTION_NAMES, SINGLE_TRANSLATIONS } from './singleFunctionName.js';
import { REGRESSION_FUNCTION_NAMES, REGRESSION_FUNCTION_TRANSLATIONS } from './regressionFunctionNames.js';
import { STATISTICS_FUNCTION_NAMES, STATISTICS_FUNCTION_TRANSLATIONS } from './statisticsFunctionNames.js';
import { TEXT_FUNCTION_NAMES, TEXT_FUNCTION_TRANSLATIONS } from './textFunctionNames.js';
import { DEPRECIATION_FUNCTION_NAMES, DEPRECIATION_TRANSLATIONS } from './depreciationFunctionName.js';
import { AREAS_FUNCTION_NAMES, AREAS_TRANSLATIONS } from './areasFunctionName.js';
import { BOND_FUNCTION_NAMES, BOND_FUNCTION_TRANSLATIONS } from './bondFunctionNames.js';
import { ERROR_FUNCTION_NAMES, ERROR_FUNCTION_TRANSLATIONS } from './errorFunctionNames.js';
import { CELL_FUNCTION_NAMES, CELL_TRANSLATIONS } from './cellFunctionName.js';
import { STEP_AND_INFO_FUNCTION_NAMES, STEP_AND_INFO_TRANSLATIONS } from './stepAndInfoFunctionNames.js';
import { MATRIX_FUNCTION_NAMES, MATRIX_FUNCTION_TRANSLATIONS } from './matrixFunctionNames.js';
import { CONVERT_FUNCTION_NAMES, CONVERT_FUNCTION_TRANSLATIONS } from './convertFunctionNames.js';

export const ADDED_FUNCTION_NAMES: readonly string[] = [
  ...LOOKUP_FUNCTION_NAMES,
  ...STATISTICS_FUNCTION_NAMES,
  ...REGRESSION_FUNCTION_NAMES,
  ...TEXT_FUNCTION_NAMES,
  ...ARRAY_SHAPE_FUNCTION_NAMES,
  ...ARRAY_RESHAPE_FUNCTION_NAMES,
  ...RANDOM_ARRAY_FUNCTION_NAMES,
  ...ERROR_TYPE_FUNCTION_NAMES,
  ...VALUE_TYPE_FUNCTION_NAMES,
  ...SINGLE_FUNCTION_NAMES,
  ...LET_FUNCTION_NAMES,
  ...LAMBDA_FUNCTION_NAMES,
  ...INDIRECT_FUNCTION_NAMES,
  ...DEPRECIATION_FUNCTION_NAMES,
  ...AREAS_FUNCTION_NAMES,
  ...BOND_FUNCTION_NAMES,
  ...ERROR_FUNCTION_NAMES,
  ...CELL_FUNCTION_NAMES,
  ...STEP_AND_INFO_FUNCTION_NAMES,
  ...MATRIX_FUNCTION_NAMES,
  ...CONVERT_FUNCTION_NAMES,
];

/**
 * Danish Excel's names for them, plus corrections to HyperFormula's daDK pack: it has SWITCH as
 * the empty string, which would translate `=SWITCH(…)` to `=(…)`; Danish Excel calls it SKIFT.
 */
export const ADDED_DANISH_NAMES: Readonly<Record<string, string>> = {
  ...LOOKUP_FUNCTION_TRANSLATIONS['daDK'],
  ...STATISTICS_FUNCTION_TRANSLATIONS['daDK'],
  ...REGRESSION_FUNCTION_TRANSLATIONS['daDK'],
  ...TEXT_FUNCTION_TRANSLATIONS['daDK'],
  ...ARRAY_SHAPE_FUNCTION_TRANSLATIONS['daDK'],
  ...ARRAY_RESHAPE_FUNCTION_TRANSLATIONS['daDK'],
  ...RANDOM_ARRAY_TRANSLATIONS['daDK'],
  ...ERROR_TYPE_TRANSLATIONS['daDK'],
  ...VALUE_TYPE_TRANSLATIONS['daDK'],
  ...SINGLE_TRANSLATIONS['daDK'],
  ...LET_DANISH_NAMES,
  ...LAMBDA_DANISH_NAMES,
  ...INDIRECT_DANISH_NAMES,
  ...DEPRECIATION_TRANSLATIONS['daDK'],
  ...AREAS_TRANSLATIONS['daDK'],
  ...BOND_FUNCTION_TRANSLATIONS['daDK'],
  ...ERROR_FUNCTION_TRANSLATIONS['daDK'],
  ...CELL_TRANSLATIONS['daDK'],
  ...STEP_AND_INFO_TRANSLATIONS['daDK'],
  ...MATRIX_FUNCTION_TRANSLATIONS['daDK'],
  ...CONVERT_FUNCTION_TRANSLATIONS['daDK'],
  SWITCH: 'SKIFT',
};
