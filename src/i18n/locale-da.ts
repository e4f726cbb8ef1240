import app from '../../locales/da/app.json';
import bank from '../../locales/da/bank.json';

/** The strings of the app's frame, the start page and the step titles in this language: the first load's part. */
export default { app, bank };
