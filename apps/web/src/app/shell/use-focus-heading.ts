import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page, focus goes to its heading (screen readers announce it, the keyboard starts
 * there), once the heading exists: lazy pages and their data arrive later than the navigation. Changes of the
 * query string alone (filters, paging) leave focus where the user is.
 */
export function useFocusHeading(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const focus = () => {
      const heading = root.querySelector('h1');
      if (!heading) return false;
      const active = document.activeElement;
      // The user already started typing on the new page: leave them there.
      if (active && root.contains(active) && active.matches('input, textarea, select, [contenteditable]')) return true;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => {
      if (focus()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), 15_000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname, main]);
}
