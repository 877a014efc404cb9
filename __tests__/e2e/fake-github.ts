// A small GitHub REST API on 127.0.0.1 for tests: issue comments (list with Link-header pagination, create,
// update, delete) and GET /user, with the error answers GitHub gives (403 read-only token, 404, 422 for a body
// over 65,536 characters, 5xx, rate limiting, and no answer at all). Tests drive it through `state` and
// `failures`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const MAX_COMMENT_CHARS = 65536;

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  login: string;
}

/** An injected failure: the next `count` requests matching `method` and `path` get `status`. */
export interface InjectedFailure {
  method?: string;
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  count: number;
  /** Read the request and never answer it (status is then ignored; the request is recorded with status 0). */
  hang?: boolean;
}

export interface FakeRequest {
  method: string;
  path: string;
  status: number;
}

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  comments: FakeComment[];
  /** Token → login. `installation` tokens behave like the GITHUB_TOKEN (GET /user is 403). */
  tokens: Map<string, { login: string; installation: boolean; readOnly: boolean }>;
  /** Pull request numbers that exist (others answer 404), with their head commit SHA. */
  pulls: Map<number, string>;
  failures: InjectedFailure[];
  requests: FakeRequest[];
  /** Default page size when the client sends none (GitHub's is 30). */
  defaultPerPage: number;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGitHub(owner = 'acme', repo = 'shop'): Promise<FakeGitHub> {
  const fake: FakeGitHub = {
    url: '',
    owner,
    repo,
    comments: [],
    tokens: new Map([
      ['ghs_actions', { login: 'github-actions[bot]', installation: true, readOnly: false }],
      ['ghs_readonly', { login: 'github-actions[bot]', installation: true, readOnly: true }],
      ['ghp_alice', { login: 'alice', installation: false, readOnly: false }],
    ]),
    pulls: new Map([[7, 'f'.repeat(40)]]),
    failures: [],
    requests: [],
    defaultPerPage: 30,
    close: async () => undefined,
  };
  let nextId = 1000;
  const commentJson = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const injected = fake.failures.find(
      (f) =>
        f.count > 0 &&
        (f.method === undefined || f.method === method) &&
        (f.path?.test(url.pathname) ?? true),
    );
    if (injected?.hang) {
      injected.count--;
      await readBody(req);
      fake.requests.push({ method, path: req.url ?? '/', status: 0 });
      return new Promise<number>(() => undefined);
    }
    if (injected) {
      injected.count--;
      send(
        res,
        injected.status,
        { message: injected.message ?? `injected ${injected.status}` },
        injected.headers,
      );
      return injected.status;
    }
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const identity = auth === undefined ? undefined : fake.tokens.get(auth);
    if (!identity) {
      send(res, 401, { message: 'Bad credentials' });
      return 401;
    }
    if (method === 'GET' && url.pathname === '/user') {
      if (identity.installation) {
        send(res, 403, { message: 'Resource not accessible by integration' });
        return 403;
      }
      send(res, 200, { login: identity.login, id: 1 });
      return 200;
    }
    const repoPrefix = `/repos/${owner}/${repo}`;
    if (!url.pathname.startsWith(`${repoPrefix}/`)) {
      send(res, 404, { message: 'Not Found' });
      return 404;
    }
    const rest = url.pathname.slice(repoPrefix.length);
    const pullMatch = /^\/pulls\/(\d+)$/.exec(rest);
    if (pullMatch && method === 'GET') {
      const head = fake.pulls.get(Number(pullMatch[1]));
      if (head === undefined) {
        send(res, 404, { message: 'Not Found' });
        return 404;
      }
      send(res, 200, { number: Number(pullMatch[1]), head: { sha: head }, state: 'open' });
      return 200;
    }
    const listMatch = /^\/issues\/(\d+)\/comments$/.exec(rest);
    const oneMatch = /^\/issues\/comments\/(\d+)$/.exec(rest);
    const writes = method !== 'GET';
    if (writes && identity.readOnly) {
      send(res, 403, { message: 'Resource not accessible by integration' });
      return 403;
    }
    if (listMatch) {
      const issue = Number(listMatch[1]);
      if (!fake.pulls.has(issue)) {
        send(res, 404, { message: 'Not Found' });
        return 404;
      }
      if (method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? fake.defaultPerPage));
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = fake.comments.filter((c) => c.issue === issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string) => {
          const u = new URL(url.toString());
          u.host = req.headers.host ?? u.host;
          u.searchParams.set('page', String(p));
          u.searchParams.set('per_page', String(perPage));
          links.push(`<${u.toString()}>; rel="${rel}"`);
        };
        if (page < last) {
          link(page + 1, 'next');
          link(last, 'last');
        }
        if (page > 1) link(page - 1, 'prev');
        send(
          res,
          200,
          all.slice((page - 1) * perPage, page * perPage).map(commentJson),
          links.length ? { link: links.join(', ') } : {},
        );
        return 200;
      }
      if (method === 'POST') {
        const body = String((JSON.parse(await readBody(req)) as { body?: unknown }).body ?? '');
        if (body.length > MAX_COMMENT_CHARS) {
          send(res, 422, tooLong());
          return 422;
        }
        const c: FakeComment = { id: nextId++, issue, body, login: identity.login };
        fake.comments.push(c);
        send(res, 201, commentJson(c));
        return 201;
      }
    }
    if (oneMatch) {
      const c = fake.comments.find((x) => x.id === Number(oneMatch[1]));
      if (!c) {
        send(res, 404, { message: 'Not Found' });
        return 404;
      }
      if (c.login !== identity.login && method !== 'GET') {
        send(res, 403, { message: 'Must have admin rights to Repository.' });
        return 403;
      }
      if (method === 'PATCH') {
        const body = String((JSON.parse(await readBody(req)) as { body?: unknown }).body ?? '');
        if (body.length > MAX_COMMENT_CHARS) {
          send(res, 422, tooLong());
          return 422;
        }
        c.body = body;
        send(res, 200, commentJson(c));
        return 200;
      }
      if (method === 'DELETE') {
        fake.comments = fake.comments.filter((x) => x.id !== c.id);
        res.writeHead(204);
        res.end();
        return 204;
      }
    }
    send(res, 404, { message: 'Not Found' });
    return 404;
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).then(
      (status) => fake.requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', status }),
      (error: unknown) => send(res, 500, { message: String(error) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

function tooLong() {
  return {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: 'Body is too long (maximum is 65536 characters)',
      },
    ],
  };
}
