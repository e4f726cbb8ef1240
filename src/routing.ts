import { useSyncExternalStore } from 'react';

/** Where the user is. Routes live in the URL fragment, so the static build works from any path and server. */
export type Route =
  | { page: 'start' }
  | { page: 'step'; stepId: string; questionId?: string }
  | { page: 'check' }
  | { page: 'results' }
  | { page: 'plan' }
  /** `section` opens the page at one of its sections, such as privacy (linked from the footer). */
  | { page: 'about'; section?: string }
  | { page: 'workshop' }
  /** The address a workshop's participants open to answer (the deck's first slide): marks them, then the start page. */
  | { page: 'join' }
  /** The finished assessments kept in this browser, and trends and units made of them. */
  | { page: 'assessments' }
  /** Answers arriving in a share link: `#share=…`. */
  | { page: 'share' };

export function parseRoute(hash: string): Route {
  if (hash.startsWith('#share=')) return { page: 'share' };
  const [page, stepId, questionId] = hash.replace(/^#\/?/, '').split('/');
  switch (page) {
    case 'step':
      return stepId ? { page: 'step', stepId, ...(questionId ? { questionId } : {}) } : { page: 'start' };
    case 'about':
      return stepId ? { page, section: stepId } : { page };
    case 'check':
    case 'results':
    case 'plan':
    case 'workshop':
    case 'join':
    case 'assessments':
      return { page };
    default:
      return { page: 'start' };
  }
}

export function href(route: Route): string {
  switch (route.page) {
    case 'start':
      return '#/';
    case 'step':
      return `#/step/${route.stepId}${route.questionId ? `/${route.questionId}` : ''}`;
    case 'about':
      return `#/about${route.section ? `/${route.section}` : ''}`;
    default:
      return `#/${route.page}`;
  }
}

/**
 * True for a route the app itself remembers (a step, the check page, the results or the plan), written exactly as `href`
 * writes it. Anything else found in storage, such as another site's address or `javascript:`, is never followed.
 */
export function isStoredRoute(route: string): boolean {
  if (!/^#\/[a-z0-9/-]*$/.test(route)) return false;
  const parsed = parseRoute(route);
  return ['step', 'check', 'results', 'plan'].includes(parsed.page) && href(parsed) === route;
}

export const navigate = (route: Route) => {
  window.location.hash = href(route);
};

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The current hash, re-rendering on every change; the start page's when prerendered at build time. */
export const useHash = () =>
  useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
