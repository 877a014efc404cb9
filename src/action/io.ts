// The runner's side of the action: inputs, event payload, outputs, job summary and the failed state. main.ts
// takes it as a parameter; the real one wraps @actions/core and the runner's environment.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { INPUT_NAMES } from '../inputs.js';

/** Inputs main.ts reads itself (not part of the pipeline's Inputs). */
export const ACTION_ONLY_INPUTS = ['publish-report'] as const;

export interface ActionIO {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Raw input values by name; '' when not given. */
  inputs: Record<string, string>;
  /** The event payload (GITHUB_EVENT_PATH), or {} when there is none. */
  payload: unknown;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

function readPayload(path: string | undefined): unknown {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error: unknown) {
    core.warning(
      `could not read the event payload ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return {};
  }
}

export function actionIO(): ActionIO {
  const inputs: Record<string, string> = {};
  for (const name of [...INPUT_NAMES, ...ACTION_ONLY_INPUTS]) inputs[name] = core.getInput(name);
  return {
    env: process.env,
    cwd: process.cwd(),
    inputs,
    payload: readPayload(process.env['GITHUB_EVENT_PATH']),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => core.setFailed(message),
  };
}
