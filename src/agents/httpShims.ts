import type { Request, WebResponse } from '@microsoft/agents-hosting';
import type { Activity } from '../channels/activity';

/**
 * The few members of an HTTP request and response that the Agents SDK's `authorizeJWT` and
 * `CloudAdapter.process` use (they are written for Express). Our server is restify: the host builds these
 * from the route's header and parsed body, and reads back what the SDK would have written.
 */
export function sdkRequest(authHeader: string, activity: Activity): Request {
  // A copy: the SDK renames fields of the body it is given (relatesTo.bot → agent).
  const body = structuredClone(activity) as unknown as Record<string, unknown>;
  return { method: 'POST', headers: authHeader === '' ? {} : { authorization: authHeader }, body };
}

/** A response that only records the status, headers and body the SDK writes. */
export class RecordedResponse implements WebResponse {
  statusCode = 200;
  body: unknown = undefined;
  readonly headers: Record<string, string> = {};
  headersSent = false;
  writableEnded = false;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    this.headersSent = true;
    this.writableEnded = true;
    return this;
  }

  /** Whether the SDK answered as for an invoke or expectReplies (a JSON body is the turn's result). */
  get isInvokeResponse(): boolean {
    return this.headers['content-type'] === 'application/json';
  }
}
