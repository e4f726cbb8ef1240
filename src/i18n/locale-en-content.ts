import national from '../../locales/en/national.json';
import plan from '../../locales/en/plan.json';
import questions from '../../locales/en/questions.json';
import recommendations from '../../locales/en/recommendations.json';
import report from '../../locales/en/report.json';
import workshop from '../../locales/en/workshop.json';

/** Every string but the frame's in this language: loaded with the first page that shows them. */
export default { national, plan, questions, recommendations, report, workshop };
