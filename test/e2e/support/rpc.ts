/**
 * Direct calls to the test host, for seeding through the real handlers and for
 * checking what the core holds (e.g. "nothing was saved"). Uses the bearer token,
 * not the browser's session cookie.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import type { Input, MethodName, Output, Result } from '../../../shared/contract/index';
import { E2E_TOKEN } from './env';

const auth = { Authorization: `Bearer ${E2E_TOKEN}` };

export async function rpc<K extends MethodName>(request: APIRequestContext, method: K, input?: Input<K>): Promise<Output<K>> {
  const headers = { ...auth, 'content-type': 'application/json' };
  // No input: an empty body (the method's schema default applies), not the JSON string "".
  const res = await request.post(`/rpc/${method}`, input === undefined ? { headers } : { headers, data: JSON.stringify(input) });
  expect(res.status(), `${method} HTTP status`).toBe(200);
  const body = (await res.json()) as Result<Output<K>>;
  if (!body.ok) throw new Error(`${method} failed: ${body.error.code} ${body.error.message}`);
  return body.value;
}

export async function resetServer(request: APIRequestContext): Promise<void> {
  const res = await request.post('/__test/reset', { headers: auth });
  expect(res.ok(), 'POST /__test/reset').toBe(true);
}

export async function clientTotal(request: APIRequestContext, search?: string): Promise<number> {
  const page = await rpc(request, 'clients.list', { offset: 0, limit: 1, ...(search ? { search } : {}) });
  return page.total;
}

/** The raw Result, for checking that the core refuses something (and how). */
export async function rpcResult<K extends MethodName>(request: APIRequestContext, method: K, input?: unknown): Promise<Result<Output<K>>> {
  const headers = { ...auth, 'content-type': 'application/json' };
  const res = await request.post(`/rpc/${method}`, input === undefined ? { headers } : { headers, data: JSON.stringify(input) });
  expect(res.status(), `${method} HTTP status`).toBe(200);
  return (await res.json()) as Result<Output<K>>;
}
