// The page layout's worker: lays out each version of the draft it is sent,
// keeping unchanged paragraphs' lines from the versions before.
import { LayoutEngine } from '../../../shared/layout';
import { computePageLayout, type LayoutReply, type LayoutRequest } from './page-layout';

const engine = new LayoutEngine();
const scope = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage: (reply: LayoutReply) => void };

scope.onmessage = (e) => {
  const { id, input } = e.data;
  try {
    scope.postMessage({ id, layout: computePageLayout(engine, input) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
