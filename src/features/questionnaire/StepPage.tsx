import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isShown, type Question, type Section } from '../../../questions';
import { stepErrors, stepSchema } from '../../../questions/step-schema';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { href, navigate, type Route } from '../../routing';
import { useAssessment, useStore } from '../../state/context';
import { fieldId, QuestionField, type StepValues } from './QuestionField';
import { PageHeading } from '../../components/PageHeading';

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

/** One step of the questionnaire: a form of the section's shown questions, saved on every change. */
export function StepPage({
  section,
  next,
  previous,
  focusQuestion,
}: {
  section: Section;
  next: Route;
  previous: Route;
  focusQuestion?: string;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const state = useAssessment();
  const messages = useMessages();
  // The shown questions of a step depend only on the profile, which is its own step, so they are fixed here.
  const questions = useMemo(
    () => section.questions.filter((q) => isShown(q, store.getState().answers)),
    [section, store],
  );
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
  const scaleCount = questions.filter((q) => q.type !== 'text').length;
  // Questions are numbered among those with options; the name field has no number.
  const numbers = new Map(questions.filter((q) => q.type !== 'text').map((q, i) => [q.id, i + 1]));

  return (
    <>
      {showSummary && summary.length > 0 && <ErrorSummary errors={summary} ref={summaryRef} />}
      <PageHeading>{t(`bank:sections.${section.id}.title`)}</PageHeading>
      <p className="font-lead">{t(`bank:sections.${section.id}.intro`)}</p>
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
              {group && group !== previousGroup && <h2 className="h3">{t(`bank:groups.${group}`)}</h2>}
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
                register={field}
              />
            </div>
          );
        })}
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
