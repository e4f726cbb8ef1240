import daApp from '../../locales/da/app.json';
import daAppPages from '../../locales/da/app-pages.json';
import daBank from '../../locales/da/bank.json';
import daCli from '../../locales/da/cli.json';
import daMeeting from '../../locales/da/meeting.json';
import daNational from '../../locales/da/national.json';
import daPlan from '../../locales/da/plan.json';
import daQuestions from '../../locales/da/questions.json';
import daRecords from '../../locales/da/records.json';
import daRecommendations from '../../locales/da/recommendations.json';
import daReport from '../../locales/da/report.json';
import daSeries from '../../locales/da/series.json';
import daWorkshop from '../../locales/da/workshop.json';
import enApp from '../../locales/en/app.json';
import enAppPages from '../../locales/en/app-pages.json';
import enBank from '../../locales/en/bank.json';
import enCli from '../../locales/en/cli.json';
import enMeeting from '../../locales/en/meeting.json';
import enNational from '../../locales/en/national.json';
import enPlan from '../../locales/en/plan.json';
import enQuestions from '../../locales/en/questions.json';
import enRecords from '../../locales/en/records.json';
import enRecommendations from '../../locales/en/recommendations.json';
import enReport from '../../locales/en/report.json';
import enSeries from '../../locales/en/series.json';
import enWorkshop from '../../locales/en/workshop.json';

/**
 * Danish is the source language; English has the same shape (tests/locales checks it). The app namespace is two files:
 * the frame's strings and those of the pages behind the start page (results, about, verdict), which the browser loads
 * with the content strings rather than in the first load.
 */
export const resources = {
  da: {
    app: { ...daApp, ...daAppPages },
    bank: daBank,
    cli: daCli,
    meeting: daMeeting,
    national: daNational,
    plan: daPlan,
    questions: daQuestions,
    records: daRecords,
    recommendations: daRecommendations,
    report: daReport,
    series: daSeries,
    workshop: daWorkshop,
  },
  en: {
    app: { ...enApp, ...enAppPages },
    bank: enBank,
    cli: enCli,
    meeting: enMeeting,
    national: enNational,
    plan: enPlan,
    questions: enQuestions,
    records: enRecords,
    recommendations: enRecommendations,
    report: enReport,
    series: enSeries,
    workshop: enWorkshop,
  },
} as const;

export { defaultLanguage, isLanguage, languages, type Language } from './languages';
