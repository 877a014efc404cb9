// The parts of an EXPOSE port as the builder splits them: `[ip:]hostPort:containerPort[/proto]`.

export interface PortParts {
  ip: string;
  hostPort: string;
  containerPort: string;
  proto: string;
  /** Offset of the protocol in the word (−1 when none is written). */
  protoAt: number;
}

export function portParts(raw: string): PortParts {
  const parts = raw.split(':');
  const n = parts.length;
  const last = parts[n - 1]!;
  const ip = n <= 2 ? '' : n === 3 ? parts[0]! : parts.slice(0, n - 2).join(':');
  const hostPort = n === 1 ? '' : parts[n - 2]!;
  const slash = last.indexOf('/');
  const proto = slash < 0 ? '' : last.slice(slash + 1).split('/')[0]!;
  const containerPort = slash < 0 ? last : last.slice(0, slash);
  const protoAt = slash < 0 ? -1 : raw.length - last.length + slash + 1;
  return { ip, hostPort, containerPort, proto, protoAt };
}
