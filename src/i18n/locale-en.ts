import app from '../../locales/en/app.json';
import bank from '../../locales/en/bank.json';
import questions from '../../locales/en/questions.json';
import recommendations from '../../locales/en/recommendations.json';
import report from '../../locales/en/report.json';

/** Every string the app shows in this language, as one lazily loaded chunk. */
export default { app, bank, questions, recommendations, report };
