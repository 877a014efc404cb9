// One sticky comment per key: find it across all pages by its hidden marker AND its author (so a user quoting
// the marker, or another bot, is never edited), update it in place, or create it; then remove duplicates that
// concurrent runs of the same key may have made. A create that failed without a clear answer (5xx, timeout) is
// retried only after listing again: GitHub may have made the comment before the answer was lost.
import { commentMarker } from '../report/escape.js';
import { TRANSIENT_RETRY_DELAYS } from './errors.js';

/** Waits before the 2nd and 3rd create: each failed create can have cost a whole request timeout already, so
 *  one attempt fewer than other calls get. */
const CREATE_RETRY_DELAYS = TRANSIENT_RETRY_DELAYS.slice(0, 2);
import { GitHubError, type GitHubApi, type IssueComment } from './types.js';

/** The hidden marker carried by the comment (the same one the report renderer writes). */
export const stickyMarker = commentMarker;

export interface StickyResult {
  action: 'created' | 'updated';
  comment: IssueComment;
  /** Ids of duplicate comments removed. */
  deleted: number[];
}

function isOurs(comment: IssueComment, marker: string, author: string): boolean {
  return comment.author === author && comment.body.includes(marker);
}

/** Updates the key's comment, or creates it (unless `createIfMissing` is false: then null when there is none). */
export async function upsertStickyComment(
  api: GitHubApi,
  request: {
    issue: number;
    key: string;
    body: string;
    author: string;
    createIfMissing?: boolean;
    /** Waits between create attempts; without it a failed create is not retried. */
    sleep?: (seconds: number) => Promise<void>;
  },
): Promise<StickyResult | null> {
  const marker = stickyMarker(request.key);
  const body = request.body.includes(marker) ? request.body : `${marker}\n${request.body}`;
  let comment: IssueComment | undefined;
  for (let attempt = 0; comment === undefined; attempt++) {
    const existing = (await api.listComments(request.issue)).filter((c) => isOurs(c, marker, request.author));
    if (existing.length > 0) {
      const [keep, ...extra] = existing.sort((a, b) => a.id - b.id);
      const updated = await api.updateComment(keep!.id, body);
      return { action: 'updated', comment: updated, deleted: await deleteAll(api, extra) };
    }
    if (request.createIfMissing === false) return null;
    try {
      comment = await api.createComment(request.issue, body);
    } catch (error: unknown) {
      const wait = CREATE_RETRY_DELAYS[attempt];
      if (
        !(error instanceof GitHubError && error.transient) ||
        request.sleep === undefined ||
        wait === undefined
      )
        throw error;
      await request.sleep(wait);
    }
  }
  // A concurrent run may have created its own copy between our list and create: keep the oldest, drop the rest.
  const all = (await api.listComments(request.issue)).filter((c) => isOurs(c, marker, request.author));
  const oldest = all.sort((a, b) => a.id - b.id)[0] ?? comment;
  const extra = all.filter((c) => c.id !== oldest.id);
  if (oldest.id !== comment.id) {
    return {
      action: 'updated',
      comment: await api.updateComment(oldest.id, body),
      deleted: await deleteAll(api, extra),
    };
  }
  return { action: 'created', comment, deleted: await deleteAll(api, extra) };
}

async function deleteAll(api: GitHubApi, comments: IssueComment[]): Promise<number[]> {
  const deleted: number[] = [];
  for (const c of comments) {
    try {
      await api.deleteComment(c.id);
      deleted.push(c.id);
    } catch (error: unknown) {
      // The concurrent run that made the duplicate may be cleaning up too.
      if (!(error instanceof GitHubError && error.kind === 'not-found')) throw error;
    }
  }
  return deleted;
}
