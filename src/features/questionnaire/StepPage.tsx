import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isShown, type Question } from '../../../questions';
import { takesEvidence } from '../../../questions/documentation';
import { stepErrors, stepSchema } from '../../../questions/step-schema';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { href, navigate, type Route } from '../../routing';
import { useAssessment, useStore } from '../../state/context';
import { fieldId, QuestionField, type StepValues } from './QuestionField';
import { PageHeading } from '../../components/PageHeading';
import { NationalContext } from '../../components/NationalContext';
import { nationalContextOf } from '../../../questions/national-context';
import type { Step } from './steps';

const pick = (values: Readonly<Record<string, string>>, questions: Question[]) =>
  Object.fromEntries(questions.map((q) => [q.id, values[q.id]]));

/** The specific message for a question: what to do, named after the question (DKFDS: never "required"). */
function useMessages() {
  const { t } = useTranslation();
  return {
    answer: (question: Question, code: string | undefined) =>
      question.type === 'scale'
        ? t('errors.scale', { question: t(`questions:${question.id}.short`) })
        : code === stepErrors.tooLong || question.type === 'choice'
          ? t(`questions:${question.id}.error`)
          : undefined,
    note: (question: Question) => t('errors.noteTooLong', { question: t(`questions:${question.id}.short`) }),
  };
}

/**
 * In a maturity area a higher degree is better, except on the items about an attack suffered or a worry held,
 * where »I høj grad« is a sign of a problem: those say so above the question (ux review 9).
 */
const reversed = (question: Question, step: Step) =>
  step.section.kind === 'maturity-area' && question.type === 'scale' && question.polarity !== 'maturity';

/** One step of the questionnaire: a form of the page's shown questions, saved on every change. */
export function StepPage({
  step,
  next,
  previous,
  focusQuestion,
}: {
  step: Step;
  next: Route;
  previous: Route;
  focusQuestion?: string;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const state = useAssessment();
  const messages = useMessages();
  // The shown questions of a step depend only on the profile, which is its own step, so they are fixed here.
  const questions = useMemo(() => step.questions.filter((q) => isShown(q, store.getState().answers)), [step, store]);
  const section = step.section;
  const schema = useMemo(() => stepSchema(questions), [questions]);
  const { register, handleSubmit, formState } = useForm<StepValues>({
    resolver: zodResolver(schema),
    defaultValues: { answers: pick(state.answers, questions), notes: pick(state.notes, questions) },
    shouldFocusError: false,
  });
  // Every change is saved at once, so a reload, a closed tab or a crash loses nothing.
  const field = (name: `answers.${string}` | `notes.${string}`) =>
    register(name, {
      onChange: (event: { target: { value: string } }) => {
        const [kind, id = ''] = name.split('.');
        if (kind === 'answers') store.setAnswer(id, event.target.value);
        else store.setNote(id, event.target.value);
      },
    });
  const [showSummary, setShowSummary] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [showSummary, formState.submitCount]);

  useEffect(() => {
    const question = questions.find((q) => q.id === focusQuestion);
    if (question) document.getElementById(fieldId(question))?.focus();
  }, [focusQuestion, questions]);

  const errors: FieldErrors<StepValues> = formState.errors;
  const summary: SummaryError[] = questions.flatMap((q) => {
    const answerError = errors.answers?.[q.id];
    const noteError = errors.notes?.[q.id];
    const answerMessage = answerError ? messages.answer(q, answerError.message) : undefined;
    return [
      ...(answerMessage ? [{ target: fieldId(q), message: answerMessage }] : []),
      ...(noteError ? [{ target: `q-${q.id}-note`, message: messages.note(q) }] : []),
    ];
  });
  const hasErrors = showSummary && summary.length > 0;
  // While the error summary shows, the page title says so first, as DKFDS and GOV.UK do ("Fejl: Kompetencer – Parat").
  useEffect(() => {
    if (!hasErrors) return;
    const title = document.title;
    document.title = `${t('errors.prefix')}${title}`;
    return () => {
      document.title = title;
    };
  }, [hasErrors, t]);
  // Below the questions, so the organisation answers first and then sees whether it is alone.
  const context = step.group ? [] : nationalContextOf(section.id);
  const scaleCount = questions.filter((q) => q.type !== 'text').length;
  // Questions are numbered among those with options; the name field has no number.
  const numbers = new Map(questions.filter((q) => q.type !== 'text').map((q, i) => [q.id, i + 1]));

  return (
    <>
      {hasErrors && <ErrorSummary errors={summary} ref={summaryRef} />}
      {step.group && <p className="step-subheading">{t(`bank:sections.${section.id}.title`)}</p>}
      <PageHeading>{step.group ? t(`bank:groups.${step.group}`) : t(`bank:sections.${section.id}.title`)}</PageHeading>
      <p className="font-lead">
        {step.group ? t(`bank:groupIntros.${step.group}`) : t(`bank:sections.${section.id}.intro`)}
      </p>
      {scaleCount > 0 && section.kind !== 'profile' && <p>{t('question.scaleHelp')}</p>}
      <form
        noValidate
        onSubmit={handleSubmit(
          () => navigate(next),
          () => setShowSummary(true),
        )}
      >
        {questions.map((question, index) => {
          const group = question.type === 'scale' ? question.group : undefined;
          const previousGroup = index > 0 ? (questions[index - 1] as { group?: string }).group : undefined;
          return (
            <div key={question.id}>
              {group && group !== previousGroup && group !== step.group && (
                <h2 className="h3">{t(`bank:groups.${group}`)}</h2>
              )}
              <QuestionField
                question={question}
                number={numbers.get(question.id) ?? 0}
                error={
                  errors.answers?.[question.id]
                    ? messages.answer(question, errors.answers[question.id]?.message)
                    : undefined
                }
                noteError={errors.notes?.[question.id] ? messages.note(question) : undefined}
                hasNote={Boolean(state.notes[question.id])}
                withNote={takesEvidence(question)}
                {...(reversed(question, step) ? { cue: t('question.reversed') } : {})}
                register={field}
              />
            </div>
          );
        })}
        {context.length > 0 && (
          <details className="parat-details parat-national">
            <summary>{t('national:step.summary')}</summary>
            <p>{t('national:step.lead')}</p>
            <NationalContext figures={context} level={2} />
          </details>
        )}
        <div className="parat-actions">
          <button type="submit" className="button button-primary">
            {next.page === 'check' ? t('question.toCheck') : t('question.next')}
          </button>
          <a className="button button-secondary" href={href(previous)}>
            {t('question.back')}
          </a>
        </div>
      </form>
    </>
  );
}
