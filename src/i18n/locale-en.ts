import app from '../../locales/en/app.json';
import bank from '../../locales/en/bank.json';

/** The strings of the app's frame, the start page and the step titles in this language: the first load's part. */
export default { app, bank };
