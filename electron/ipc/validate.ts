// Request validation for every IPC channel, applied by register.ts before a
// handler runs: the renderer is untrusted input. The schemas are the
// contract's own (shared/schema/requests.ts); a request that passes reaches
// the handler as the schema's output, holding exactly the contract's keys.
import type { Channel, RequestOf } from '../../shared/ipc';
import { check, topKey } from '../../shared/schema/reason';
import { REQUEST_SCHEMAS } from '../../shared/schema/requests';

export type Validated<C extends Channel> = { ok: true; request: RequestOf<C> } | { ok: false; code: string; message: string; reason: string };

/** Refusals that name what was not saved; any other bad request is refused as such. */
const REFUSALS: Record<string, { code: string; message: string }> = {
  content: { code: 'bad-content', message: '文稿内容无效，未保存' },
  metadata: { code: 'bad-metadata', message: '文稿信息无效，未保存' },
};

/** Checks a request on this channel; the request as the handler gets it, or why it is refused (in Chinese). */
export function validate<C extends Channel>(channel: C, request: unknown): Validated<C> {
  const schema = REQUEST_SCHEMAS[channel];
  if (!schema) return { ok: false, code: 'bad-request', message: '请求无效，已拒绝。', reason: `no validator for channel ${channel}` };
  const result = check(schema, request);
  if (result.ok) return { ok: true, request: result.value as RequestOf<C> };
  const refusal = REFUSALS[topKey(result.issue) ?? ''];
  const message = refusal
    ? `${refusal.message}（${result.reason}）。请重试；如果问题仍然存在，请联系信息化管理员。`
    : `请求格式不正确，已拒绝（${channel}：${result.reason}）。请重试；如果问题仍然存在，请联系信息化管理员。`;
  return { ok: false, code: refusal?.code ?? 'bad-request', message, reason: result.reason };
}

/** Why a request on this channel is refused, or null to let it through. */
export function validateRequest(channel: Channel, request: unknown): string | null {
  const result = validate(channel, request);
  return result.ok ? null : result.reason;
}
