// The renderer's only way to the main process: the typed bridge from the preload.
import type { Bridge, Channel, RequestOf, ResponseOf } from '../shared/ipc';
import { fail, type Result } from '../shared/result';

declare global {
  interface Window {
    reportApi: Bridge;
  }
}

export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  try {
    return await window.reportApi.invoke(channel, request);
  } catch {
    return fail('ipc', '与程序后台的连接中断，本次操作未完成。请稍后重试；如仍不行，请重新启动软件。');
  }
}

export function onMenuCommand(listener: Parameters<Bridge['onMenuCommand']>[0]): () => void {
  return window.reportApi.onMenuCommand(listener);
}
