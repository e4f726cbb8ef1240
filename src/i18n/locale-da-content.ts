import national from '../../locales/da/national.json';
import questions from '../../locales/da/questions.json';
import recommendations from '../../locales/da/recommendations.json';
import report from '../../locales/da/report.json';

/** The questions, national figures, recommendations and report in this language: loaded with the first page that shows them. */
export default { national, questions, recommendations, report };
