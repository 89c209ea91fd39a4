// Sigma needs a container with a width and a height: it throws ("Container has no width") when
// the map's box has none yet. That happens when the map's data arrives before the page's
// stylesheet applies (the data is preloaded and the built page loads its stylesheet after the
// script, so on a loaded machine the data can win), and when a site embeds the map in a hidden tab
// or a collapsed panel. The map is drawn once its box has a size instead: at once when it has one.

/** Calls `draw` once `box` has a width and a height; returns a function that cancels the wait. */
export function whenSized(box: HTMLElement, draw: () => void): () => void {
  if (box.clientWidth > 0 && box.clientHeight > 0) {
    draw();
    return () => {};
  }
  const observer = new ResizeObserver(() => {
    if (box.clientWidth === 0 || box.clientHeight === 0) return;
    observer.disconnect();
    draw();
  });
  observer.observe(box);
  return () => observer.disconnect();
}
