import national from '../../locales/en/national.json';
import questions from '../../locales/en/questions.json';
import recommendations from '../../locales/en/recommendations.json';
import report from '../../locales/en/report.json';

/** The questions, national figures, recommendations and report in this language: loaded with the first page that shows them. */
export default { national, questions, recommendations, report };
