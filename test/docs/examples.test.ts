/**
 * Every example workflow in docs/examples is valid YAML shaped like a
 * workflow, and every `with:` key given to one of our actions exists in
 * that action's action.yml, with every required input given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionYml } from '@ftp-actions/test-servers';

const examplesDir = fileURLToPath(new URL('../../docs/examples', import.meta.url));
const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.yml'));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name?: string;
  on?: unknown;
  jobs?: Record<string, { 'runs-on'?: string; steps?: Step[] }>;
}

describe.each(examples)('docs/examples/%s', (file) => {
  const workflow = parse(readFileSync(join(examplesDir, file), 'utf8')) as Workflow;

  it('is a workflow: a name, triggers, jobs with steps', () => {
    expect(workflow.name).toMatch(/\S/);
    expect(workflow.on).toBeDefined();
    const jobs = Object.values(workflow.jobs ?? {});
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job['runs-on']).toMatch(/\S/);
      expect(job.steps?.length).toBeGreaterThan(0);
    }
  });

  it('gives our actions only inputs they declare, and every required one', async () => {
    const ours = Object.values(workflow.jobs ?? {})
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.uses?.startsWith('OWNER/REPO/actions/') === true);
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      const action = /^OWNER\/REPO\/actions\/([a-z-]+)@v1$/.exec(step.uses ?? '')?.[1] ?? '';
      const yml = await readActionYml(action);
      const declared = Object.keys(yml.inputs ?? {});
      for (const key of Object.keys(step.with ?? {})) expect(declared, `${file}: ${action} has no input "${key}"`).toContain(key);
      for (const [name, input] of Object.entries(yml.inputs ?? {})) {
        if (input.required === true) expect(Object.keys(step.with ?? {}), `${file}: ${action} needs "${name}"`).toContain(name);
      }
    }
  });
});
