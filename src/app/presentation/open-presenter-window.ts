import { flushViewState, serializeViewState } from '@/lib/view-state';

/** The presenter view's window name: opening it again brings the same window forward. */
export const PRESENTER_WINDOW = 'hk-innovation-presenter';

/** Opens (or brings forward) the presenter view: the same address, marked as the presenter's. */
export function openPresenterWindow(index: number): void {
  flushViewState();
  const url = serializeViewState(window.location.href, { presenter: true, slide: index + 1 });
  const opened = window.open(url, PRESENTER_WINDOW, 'popup,width=1280,height=800');
  opened?.focus();
}
