/** Whether the page holds a prerendered first screen that is being shown (see public/boot.js). */
export function showsPrerenderedPage(): boolean {
  return (
    document.querySelector('[data-prerendered]') !== null &&
    document.documentElement.dataset.prerender !== 'off'
  );
}
