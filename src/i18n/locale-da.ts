import app from '../../locales/da/app.json';
import bank from '../../locales/da/bank.json';
import questions from '../../locales/da/questions.json';
import recommendations from '../../locales/da/recommendations.json';
import report from '../../locales/da/report.json';

/** Every string the app shows in this language, as one lazily loaded chunk. */
export default { app, bank, questions, recommendations, report };
