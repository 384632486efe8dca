// Brings an element into view when it starts below the fold (on a phone, the tracker of a batch
// just uploaded sits under the upload zone).
export function revealIfBelowFold(element: HTMLElement | null): void {
  if (!element || element.getBoundingClientRect().top <= window.innerHeight * 0.6) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
}
