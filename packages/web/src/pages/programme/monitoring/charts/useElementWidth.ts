import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of a box. Charts draw at the real pixel width instead of scaling a fixed
 * viewBox, so labels keep a readable size on a phone as on a laptop.
 */
export function useElementWidth<T extends HTMLElement>(initial = 640): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.round(element.getBoundingClientRect().width) || initial);
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [initial]);
  return [ref, width];
}
