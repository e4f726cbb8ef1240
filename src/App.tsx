import { bank } from '../questions';
import { createTranslator } from './i18n';

const t = createTranslator('da');

/** The question bank, section by section: what Parat will ask. */
export function App() {
  return (
    <main>
      <h1>Parat</h1>
      {bank.sections.map((section) => (
        <section key={section.id}>
          <h2>{t(`bank:sections.${section.id}.title`)}</h2>
          <p>{t(`bank:sections.${section.id}.intro`)}</p>
          <ol>
            {section.questions.map((q) => (
              <li key={q.id}>{t(`questions:${q.id}.text`)}</li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
