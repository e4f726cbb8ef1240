import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/Layout';
import type { StepItem } from './components/StepIndicator';
import { StorageNotices } from './components/StorageNotices';
import { isComplete, questionnaireSteps, stepTitle } from './features/questionnaire/steps';
import { StartPage } from './features/start/StartPage';
import { href, parseRoute, useHash, type Route } from './routing';
import { useAssessment, useStore } from './state/context';
import { markJoined } from './state/joined';
import { browserStorage } from './state/storage';
import { loadContentStrings } from './i18n/react';

// The start page is all the first visit needs; the rest loads when first opened (and is cached offline), each
// page together with the strings of the questions, recommendations and report.
const lazyPage = <P extends object, M>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) =>
  lazy(() => Promise.all([load(), loadContentStrings()]).then(([module]) => ({ default: pick(module) })));
const StepPage = lazyPage(
  () => import('./features/questionnaire/StepPage'),
  (m) => m.StepPage,
);
const CheckPage = lazyPage(
  () => import('./features/check/CheckPage'),
  (m) => m.CheckPage,
);
const ResultsPage = lazyPage(
  () => import('./features/results/ResultsPage'),
  (m) => m.ResultsPage,
);
const PlanPage = lazyPage(
  () => import('./features/plan/PlanPage'),
  (m) => m.PlanPage,
);
const AboutPage = lazyPage(
  () => import('./features/about/AboutPage'),
  (m) => m.AboutPage,
);
const WorkshopPage = lazyPage(
  () => import('./features/workshop/WorkshopPage'),
  (m) => m.WorkshopPage,
);
const AssessmentsPage = lazyPage(
  () => import('./features/assessments/AssessmentsPage'),
  (m) => m.AssessmentsPage,
);
const StepIndicator = lazyPage(
  () => import('./components/StepIndicator'),
  (m) => m.StepIndicator,
);
const SharePage = lazyPage(
  () => import('./features/transfer/SharePage'),
  (m) => m.SharePage,
);

/** Chooses the page for the URL, keeps the title and focus in step, and remembers where the user is. */
export function App() {
  const { t } = useTranslation();
  const hash = useHash();
  const store = useStore();
  const state = useAssessment();
  const route = parseRoute(hash);
  const steps = questionnaireSteps(state.answers);

  // A workshop's participant: remembered, so their results offer »Send til workshoppen« first, then the start page.
  useEffect(() => {
    if (route.page !== 'join') return;
    markJoined(browserStorage());
    window.location.replace(href({ page: 'start' }));
  }, [route.page]);

  // Back on the same step after a reload, a closed tab or a crash.
  useEffect(() => {
    if (hash === '' && store.getState().route) window.location.replace(store.getState().route);
  }, [hash, store]);

  useEffect(() => {
    if (!['start', 'about', 'share', 'workshop', 'join', 'assessments'].includes(route.page))
      store.setRoute(href(route));
    // Only a change of page is remembered, not a change of answers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash]);

  const stepIndex = route.page === 'step' ? steps.findIndex((s) => s.id === route.stepId) : -1;
  const step = steps[stepIndex];
  const title = step
    ? stepTitle(t, step)
    : t(`pages.${route.page === 'step' || route.page === 'join' ? 'start' : route.page}`);
  useEffect(() => {
    document.title = `${title} – ${t('layout.brand')}`;
  }, [title, t]);

  const complete = steps.map((s) => isComplete(s, state.answers));
  const firstIncomplete = complete.indexOf(false);
  const items: StepItem[] = [
    ...steps.map((s, i) => ({
      id: s.id,
      title: stepTitle(t, s),
      href: href({ page: 'step', stepId: s.id }),
      reachable: firstIncomplete < 0 || i <= firstIncomplete,
      done: complete[i] ?? false,
    })),
    {
      id: 'check',
      title: t('pages.check'),
      href: href({ page: 'check' }),
      reachable: firstIncomplete < 0,
      done: false,
    },
  ];

  const stepRoute = (index: number): Route | undefined => {
    const id = steps[index]?.id;
    return id ? { page: 'step', stepId: id } : undefined;
  };
  const firstStep = stepRoute(0) ?? { page: 'start' };

  let page;
  if (step) {
    const next = stepRoute(stepIndex + 1) ?? { page: 'check' };
    const previous = stepRoute(stepIndex - 1) ?? { page: 'start' };
    page = (
      <div className="parat-with-steps">
        <StepIndicator steps={items} currentId={step.id} />
        <div>
          <StepPage
            key={step.id}
            step={step}
            next={next}
            previous={previous}
            {...(route.page === 'step' && route.questionId ? { focusQuestion: route.questionId } : {})}
          />
        </div>
      </div>
    );
  } else if (route.page === 'check') {
    page = (
      <div className="parat-with-steps">
        <StepIndicator steps={items} currentId="check" />
        <div>
          <CheckPage steps={steps} />
        </div>
      </div>
    );
  } else if (route.page === 'results') {
    page = <ResultsPage />;
  } else if (route.page === 'plan') {
    page = <PlanPage />;
  } else if (route.page === 'workshop') {
    page = <WorkshopPage />;
  } else if (route.page === 'assessments') {
    page = <AssessmentsPage />;
  } else if (route.page === 'share') {
    page = <SharePage />;
  } else if (route.page === 'about') {
    page = <AboutPage section={route.section} />;
  } else {
    page = <StartPage firstStep={firstStep} />;
  }

  return (
    <Layout>
      <StorageNotices />
      <Suspense fallback={null}>{page}</Suspense>
    </Layout>
  );
}
