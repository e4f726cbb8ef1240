import daApp from '../../locales/da/app.json';
import daBank from '../../locales/da/bank.json';
import daCli from '../../locales/da/cli.json';
import daNational from '../../locales/da/national.json';
import daPlan from '../../locales/da/plan.json';
import daQuestions from '../../locales/da/questions.json';
import daRecommendations from '../../locales/da/recommendations.json';
import daReport from '../../locales/da/report.json';
import daWorkshop from '../../locales/da/workshop.json';
import enApp from '../../locales/en/app.json';
import enBank from '../../locales/en/bank.json';
import enCli from '../../locales/en/cli.json';
import enNational from '../../locales/en/national.json';
import enPlan from '../../locales/en/plan.json';
import enQuestions from '../../locales/en/questions.json';
import enRecommendations from '../../locales/en/recommendations.json';
import enReport from '../../locales/en/report.json';
import enWorkshop from '../../locales/en/workshop.json';

/** Danish is the source language; English has the same shape (tests/locales checks it). */
export const resources = {
  da: {
    app: daApp,
    bank: daBank,
    cli: daCli,
    national: daNational,
    plan: daPlan,
    questions: daQuestions,
    recommendations: daRecommendations,
    report: daReport,
    workshop: daWorkshop,
  },
  en: {
    app: enApp,
    bank: enBank,
    cli: enCli,
    national: enNational,
    plan: enPlan,
    questions: enQuestions,
    recommendations: enRecommendations,
    report: enReport,
    workshop: enWorkshop,
  },
} as const;

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'da';

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);
