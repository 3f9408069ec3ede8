/** The panel's card on the page: its size is what "as on screen" exports. */
export function panelElement(panelId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`section[data-panel="${panelId}"]`);
}
