// Test support: the real adapters (Docker via the lane's client, git, filesystem), a log that records
// instead of printing, and an in-memory cache standing in for the Actions cache.
import type { AnnotationProperties, Deps, Log, ReportCache } from '../../src/adapters.js';
import { createDeps } from '../../src/deps.js';
import { DOCKER } from './docker.js';

export interface RecordedLog extends Log {
  lines: { level: string; message: string; where?: AnnotationProperties }[];
}

export function recordingLog(): RecordedLog {
  const lines: RecordedLog['lines'] = [];
  const add = (level: string) => (message: string, where?: AnnotationProperties) => {
    lines.push({ level, message, ...(where ? { where } : {}) });
  };
  return {
    lines,
    debug: add('debug'),
    info: add('info'),
    notice: add('notice'),
    warning: add('warning'),
    error: add('error'),
    group: async (title, fn) => {
      lines.push({ level: 'group', message: title });
      return fn();
    },
  };
}

export function memoryCache(): ReportCache & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    restore: async (key) => entries.get(key) ?? null,
    save: async (key, text) => {
      entries.set(key, text);
    },
  };
}

export function testDeps(overrides: Partial<Deps> = {}): Deps & { log: RecordedLog } {
  const log = recordingLog();
  const deps = createDeps({
    env: process.env,
    apiUrl: 'http://127.0.0.1:9',
    owner: 'acme',
    repo: 'shop',
    log,
    cache: memoryCache(),
    dockerClient: DOCKER,
  });
  return { ...deps, ...overrides, log };
}
