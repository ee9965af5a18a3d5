/**
 * Matching the features a user requires against the server's FEAT answer.
 * Users write command names ("MLSD", "REST STREAM", "AUTH TLS"); FEAT lists
 * feature names, which are not always the same word (MLSD comes with MLST).
 */
import type { ServerFeatures } from '../ftp/connect.js';

/** Feature names users write that FEAT announces under another name. */
const announcedAs: Record<string, string> = { MLSD: 'MLST' };

/** FEAT's answer as "NAME" or "NAME PARAMS" strings, upper-cased names, sorted. */
export function describeFeatures(features: ServerFeatures): string[] {
  return [...features.entries()].map(([name, params]) => (params === '' ? name.toUpperCase() : `${name.toUpperCase()} ${params}`)).sort();
}

/** True when the server announces `wanted` ("MLSD", "REST STREAM", "AUTH TLS"). */
export function hasFeature(features: ServerFeatures, wanted: string): boolean {
  const [rawName = '', ...rest] = wanted.trim().toUpperCase().split(/\s+/);
  const name = announcedAs[rawName] ?? rawName;
  const param = rest.join(' ');
  for (const [featureName, featureParams] of features) {
    if (featureName.toUpperCase() !== name) continue;
    if (param === '') return true;
    const offered = featureParams.toUpperCase().split(/[\s;,]+/);
    if (offered.includes(param) || featureParams.toUpperCase() === param) return true;
  }
  return false;
}

/** The required features the server does not announce. */
export function missingFeatures(features: ServerFeatures, required: readonly string[]): string[] {
  return required.filter((wanted) => !hasFeature(features, wanted));
}
