import { version } from '../package.json';

/** The app's version, from package.json, for the report's cover. Vite keeps only this field of the file. */
export const appVersion: string = version;
