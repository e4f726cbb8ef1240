/**
 * Combines 1,000 generated answer files, as `assess --workshop` does, in a process of its own, so its peak memory
 * is the merge's and not the benchmark's. Prints { ms, maxRssMb } as JSON.
 */
import { bank, scaleOptions } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { combine } from '../../scoring';

// 1,000 participants' answer files with random answers, the same on every run.
const random = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const next = random(42);
const questions = bank.sections.flatMap((s) => s.questions);
const workshopTexts = Array.from({ length: 1000 }, () =>
  JSON.stringify({
    format: 'parat-answers',
    bankVersion: bank.version,
    answers: Object.fromEntries(
      questions.flatMap((q) => {
        const options = q.type === 'scale' ? [...scaleOptions] : q.type === 'choice' ? q.options : [];
        return options.length > 0 ? [[q.id, options[Math.floor(next() * options.length)]]] : [];
      }),
    ),
  }),
);

{
  const started = performance.now();
  const participants = workshopTexts.map((text) => {
    const reading = readAnswersFile(text, bank);
    if (!reading.ok) throw new Error(reading.problem.code);
    return reading.file.answers;
  });
  combine(bank, participants);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}
