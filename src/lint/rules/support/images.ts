// Image references: registry, repository, tag and digest, and whether a word reads as one.

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';

const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';

const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

/** Whether `name` parses as an image reference (`busybox:latest`, `ghcr.io/o/r@sha256:…`); `busybox:` and ''
 *  do not. A first part with a dot, a colon or `localhost` is a registry, as Docker reads it. */
export function isImageReference(name: string): boolean {
  if (name === '' || /^[a-f0-9]{64}$/.test(name)) return false;
  return REFERENCE.test(name);
}

export interface ImageRef {
  /** `docker.io` when the reference names no registry. */
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry/repo:tag@digest`. The first path part is a registry when it has a `.` or `:` or is `localhost`. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry = 'docker.io';
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first.toLowerCase();
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return {
    registry,
    repository: rest,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** A stage reference cannot contain these; an image reference usually does. */
export function looksLikeImage(ref: string): boolean {
  return /[:/@]/.test(ref);
}
