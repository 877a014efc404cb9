// Per-layer facts and hidden bytes, by replaying the layers onto one filesystem tree the way the engine
// unpacks them: within a layer, whiteouts and opaque markers apply to the lower layers first, then the
// layer's own entries land (an entry replaces what was at its path; a non-directory replacing a directory
// drops the directory's contents). A regular file's bytes become hidden when the last path that shows them
// (the file itself or a hard link to it from the same layer) is deleted or replaced.
import type { FileEntry } from '../model.js';
import type { LayerEntry } from './entries.js';

export interface LayerFacts {
  /** Σ of the tar entries' size fields. */
  sizeBytes: number;
  /** Σ of regular-file sizes in this layer. */
  fileBytes: number;
  /** Bytes of this layer's regular files that the final filesystem no longer shows. */
  hiddenBytes: number;
  /** Entries that add something: files, links, devices (not directories, not whiteouts). */
  files: number;
  /** Whiteouts and opaque markers: deletions of lower content. */
  deletedFiles: number;
  /** All tar entries, directories included (0: the layer changes nothing). */
  entries: number;
  largestFiles: FileEntry[];
}

export interface FilesystemFacts {
  layers: LayerFacts[];
  hiddenBytes: number;
  /** Regular-file bytes visible in the flattened filesystem. */
  visibleBytes: number;
}

/** The bytes of one regular file, shared by the hard links that point at it. */
interface Content {
  layer: number;
  size: number;
  paths: number;
}

interface Node {
  children: Map<string, Node> | undefined;
  kind: LayerEntry['kind'] | 'implied';
  content: Content | undefined;
}

const newNode = (kind: Node['kind'] = 'implied'): Node => ({ children: undefined, kind, content: undefined });

export function analyzeFilesystem(layers: LayerEntry[][], largestFiles = 5): FilesystemFacts {
  const root = newNode('dir');
  const hidden = layers.map(() => 0);

  const release = (content: Content | undefined): void => {
    if (!content) return;
    content.paths--;
    if (content.paths === 0) hidden[content.layer]! += content.size;
  };
  const dropSubtree = (node: Node): void => {
    release(node.content);
    node.content = undefined;
    if (node.children) for (const child of node.children.values()) dropSubtree(child);
    node.children = undefined;
  };
  const lookup = (path: string): { parent: Node; name: string; node: Node | undefined } | undefined => {
    const parts = path.split('/');
    let parent = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = parent.children?.get(parts[i]!);
      if (!next) return undefined;
      parent = next;
    }
    const name = parts[parts.length - 1]!;
    return { parent, name, node: parent.children?.get(name) };
  };
  const place = (path: string): Node => {
    const parts = path.split('/');
    let node = root;
    for (const part of parts) {
      node.children ??= new Map();
      let next = node.children.get(part);
      if (!next) {
        next = newNode();
        node.children.set(part, next);
      } else if (
        next !== undefined &&
        next.kind !== 'dir' &&
        next.kind !== 'implied' &&
        part !== parts[parts.length - 1]
      ) {
        // a file where a directory is needed: unpacking replaces it
        release(next.content);
        next.content = undefined;
        next.kind = 'implied';
      }
      node = next;
    }
    return node;
  };

  const facts = layers.map((entries, index): LayerFacts => {
    for (const entry of entries) {
      if (entry.kind === 'opaque') {
        const found = entry.path === '' ? { node: root } : lookup(entry.path);
        if (found?.node?.children) {
          for (const child of found.node.children.values()) dropSubtree(child);
          found.node.children = undefined;
        }
      } else if (entry.kind === 'whiteout') {
        const found = lookup(entry.path);
        if (found?.node) {
          dropSubtree(found.node);
          found.parent.children!.delete(found.name);
        }
      }
    }
    let sizeBytes = 0;
    let fileBytes = 0;
    let files = 0;
    let deletedFiles = 0;
    const regular: FileEntry[] = [];
    for (const entry of entries) {
      sizeBytes += entry.size;
      if (entry.kind === 'opaque' || entry.kind === 'whiteout') {
        deletedFiles++;
        continue;
      }
      const node = place(entry.path);
      if (entry.kind !== 'dir') {
        files++;
        if (node.children) dropSubtree({ ...node, content: undefined });
        node.children = undefined;
      }
      release(node.content);
      node.content = undefined;
      node.kind = entry.kind;
      if (entry.kind === 'file') {
        fileBytes += entry.size;
        node.content = { layer: index, size: entry.size, paths: 1 };
        regular.push({ path: `/${entry.path}`, sizeBytes: entry.size });
      } else if (entry.kind === 'hardlink' && entry.linkTarget) {
        const target = lookup(entry.linkTarget)?.node;
        // a link shares bytes only with a file of its own layer; anything else ships no bytes of its own
        if (target?.content && target.content.layer === index) {
          node.content = target.content;
          target.content.paths++;
        }
      }
    }
    regular.sort((a, b) => b.sizeBytes - a.sizeBytes || a.path.localeCompare(b.path));
    return {
      sizeBytes,
      fileBytes,
      hiddenBytes: 0,
      files,
      deletedFiles,
      entries: entries.length,
      largestFiles: regular.slice(0, largestFiles),
    };
  });

  facts.forEach((f, i) => (f.hiddenBytes = hidden[i]!));
  const hiddenBytes = hidden.reduce((a, b) => a + b, 0);
  const visibleBytes = facts.reduce((a, f) => a + f.fileBytes, 0) - hiddenBytes;
  return { layers: facts, hiddenBytes, visibleBytes };
}
