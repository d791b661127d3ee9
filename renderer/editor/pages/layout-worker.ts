// The page layout's worker: lays out each version of the draft it is sent,
// keeping unchanged paragraphs' lines from the versions before (and the
// blocks themselves: each request sends only the blocks changed since).
import { LayoutEngine } from '../../../shared/layout';
import { BlockHolder, computePageLayout, type LayoutReply, type LayoutRequest } from './page-layout';

const engine = new LayoutEngine();
const holder = new BlockHolder();
const scope = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage: (reply: LayoutReply) => void };

scope.onmessage = (e) => {
  const { id, metadata } = e.data;
  try {
    scope.postMessage({ id, layout: computePageLayout(engine, { content: holder.take(e.data), metadata }) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
