import appPages from '../../locales/en/app-pages.json';
import meeting from '../../locales/en/meeting.json';
import national from '../../locales/en/national.json';
import plan from '../../locales/en/plan.json';
import questions from '../../locales/en/questions.json';
import records from '../../locales/en/records.json';
import recommendations from '../../locales/en/recommendations.json';
import report from '../../locales/en/report.json';
import series from '../../locales/en/series.json';
import workshop from '../../locales/en/workshop.json';

/**
 * Every string but the frame's in this language: loaded with the first page that shows them. `app` holds the results,
 * about and verdict strings, merged into the frame's app namespace.
 */
export default {
  app: appPages,
  meeting,
  national,
  plan,
  questions,
  records,
  recommendations,
  report,
  series,
  workshop,
};
