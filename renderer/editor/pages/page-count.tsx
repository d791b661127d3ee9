// What shows the page count of the newest layout, each re-rendered by the
// layout alone: the status bar's 共 N 页 and the last page's — N — below the text.
import type { ComponentProps } from 'react';
import { StatusBar } from '../../components/StatusBar';
import { pageEndSide } from '../components/leaf';
import { usePageCount } from './marks-store';

export function PagedStatusBar(props: Omit<ComponentProps<typeof StatusBar>, 'pages'>) {
  return <StatusBar {...props} pages={usePageCount()} />;
}

export function LastPageNumber() {
  const count = usePageCount();
  return count ? <div className={`page-last-number ${pageEndSide(count + 1)}`}>— {count} —</div> : null;
}
