import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/Layout';
import { StepIndicator, type StepItem } from './components/StepIndicator';
import { StorageNotices } from './components/StorageNotices';
import { isComplete, questionnaireSections } from './features/questionnaire/steps';
import { StartPage } from './features/start/StartPage';
import { href, parseRoute, useHash, type Route } from './routing';
import { useAssessment, useStore } from './state/context';

// The start page is all the first visit needs; the rest loads when first opened (and is cached offline).
const StepPage = lazy(() => import('./features/questionnaire/StepPage').then((m) => ({ default: m.StepPage })));
const CheckPage = lazy(() => import('./features/check/CheckPage').then((m) => ({ default: m.CheckPage })));
const ResultsPage = lazy(() => import('./features/results/ResultsPage').then((m) => ({ default: m.ResultsPage })));
const AboutPage = lazy(() => import('./features/about/AboutPage').then((m) => ({ default: m.AboutPage })));
const WorkshopPage = lazy(() => import('./features/workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })));
const SharePage = lazy(() => import('./features/transfer/SharePage').then((m) => ({ default: m.SharePage })));

/** Chooses the page for the URL, keeps the title and focus in step, and remembers where the user is. */
export function App() {
  const { t } = useTranslation();
  const hash = useHash();
  const store = useStore();
  const state = useAssessment();
  const route = parseRoute(hash);
  const sections = questionnaireSections(state.answers);

  // Back on the same step after a reload, a closed tab or a crash.
  useEffect(() => {
    if (hash === '' && store.getState().route) window.location.replace(store.getState().route);
  }, [hash, store]);

  useEffect(() => {
    if (route.page !== 'start' && route.page !== 'about' && route.page !== 'share' && route.page !== 'workshop')
      store.setRoute(href(route));
    // Only a change of page is remembered, not a change of answers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash]);

  const sectionIndex = route.page === 'step' ? sections.findIndex((s) => s.id === route.sectionId) : -1;
  const title =
    route.page === 'step' && sectionIndex >= 0
      ? t(`bank:sections.${route.sectionId}.title`)
      : t(`pages.${route.page === 'step' ? 'start' : route.page}`);
  useEffect(() => {
    document.title = `${title} – ${t('layout.brand')}`;
  }, [title, t]);

  const complete = sections.map((s) => isComplete(s, state.answers));
  const firstIncomplete = complete.indexOf(false);
  const steps: StepItem[] = [
    ...sections.map((s, i) => ({
      id: s.id,
      title: t(`bank:sections.${s.id}.title`),
      href: href({ page: 'step', sectionId: s.id }),
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

  const section = sections[sectionIndex];
  const stepRoute = (index: number): Route | undefined => {
    const id = sections[index]?.id;
    return id ? { page: 'step', sectionId: id } : undefined;
  };
  const firstStep = stepRoute(0) ?? { page: 'start' };

  let page;
  if (section) {
    const next = stepRoute(sectionIndex + 1) ?? { page: 'check' };
    const previous = stepRoute(sectionIndex - 1) ?? { page: 'start' };
    page = (
      <div className="parat-with-steps">
        <StepIndicator steps={steps} currentId={section.id} />
        <div>
          <StepPage
            key={section.id}
            section={section}
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
        <StepIndicator steps={steps} currentId="check" />
        <div>
          <CheckPage sections={sections} />
        </div>
      </div>
    );
  } else if (route.page === 'results') {
    page = <ResultsPage />;
  } else if (route.page === 'workshop') {
    page = <WorkshopPage />;
  } else if (route.page === 'share') {
    page = <SharePage />;
  } else if (route.page === 'about') {
    page = <AboutPage />;
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
