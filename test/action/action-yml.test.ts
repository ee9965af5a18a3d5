/**
 * Keeps every action.yml in step with the input table its code parses:
 * the same names, the same defaults, the same required flags, a description
 * for each, node24 and dist/index.js as the entry.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InputSpecs } from '@ftp-actions/core';
import { downloadInputs } from '../../actions/download/src/inputs.js';
import { healthInputs } from '../../actions/health/src/inputs.js';
import { syncInputs } from '../../actions/sync/src/inputs.js';
import { uploadInputs } from '../../actions/upload/src/inputs.js';
import { readActionYml } from '@ftp-actions/test-servers';

const inputTables: Record<string, InputSpecs> = {
  health: healthInputs,
  sync: syncInputs,
  upload: uploadInputs,
  download: downloadInputs,
};

const actionNames = readdirSync(fileURLToPath(new URL('../../actions', import.meta.url)));

describe.each(actionNames)('actions/%s/action.yml', (action) => {
  it('has an input table in its code', () => {
    expect(inputTables[action], `add ${action}'s inputs to inputTables in this test`).toBeDefined();
  });

  it('runs dist/index.js on node24', async () => {
    const yml = await readActionYml(action);
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the code parses, with the same defaults and required flags', async () => {
    const yml = await readActionYml(action);
    const specs = inputTables[action] ?? {};
    expect(Object.keys(yml.inputs ?? {}).sort()).toEqual(Object.keys(specs).sort());
    for (const [name, spec] of Object.entries(specs)) {
      const declared = yml.inputs?.[name];
      expect(declared, name).toBeDefined();
      expect({ name, default: declared?.default, required: declared?.required ?? false }).toEqual({
        name,
        default: spec.default,
        required: spec.required ?? false,
      });
    }
  });

  it('describes every input and output', async () => {
    const yml = (await readActionYml(action)) as {
      inputs?: Record<string, { description?: string }>;
      outputs?: Record<string, { description?: string }>;
    };
    for (const [name, input] of Object.entries({ ...yml.inputs, ...yml.outputs })) expect(input.description, name).toMatch(/\S{3,}/);
  });
});
