import questions from '../../locales/en/questions.json';
import recommendations from '../../locales/en/recommendations.json';
import report from '../../locales/en/report.json';

/** The questions, recommendations and report in this language: loaded with the first page that shows them. */
export default { questions, recommendations, report };
