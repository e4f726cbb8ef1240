import appPages from '../../locales/da/app-pages.json';
import meeting from '../../locales/da/meeting.json';
import national from '../../locales/da/national.json';
import plan from '../../locales/da/plan.json';
import questions from '../../locales/da/questions.json';
import records from '../../locales/da/records.json';
import recommendations from '../../locales/da/recommendations.json';
import report from '../../locales/da/report.json';
import series from '../../locales/da/series.json';
import workshop from '../../locales/da/workshop.json';

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
