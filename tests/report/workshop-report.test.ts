import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { createTranslator } from '../../src/i18n';
import { createWorkshopReport } from '../../src/report/create';
import { createWorkshopDocx } from '../../src/report/docx';
import { bakkedalWorkshop } from '../fixtures/workshop';
import { readPdf } from './read-pdf';

const da = createTranslator('da');
const wordText = async (file = bakkedalWorkshop()) => {
  const bytes = await createWorkshopDocx(bank, file, da, 'da', '7. december 2026');
  const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return document.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '');
};
const pdfText = async (file = bakkedalWorkshop()) =>
  (await readPdf(createWorkshopReport(bank, file, da, 'da', '7. december 2026'))).text;

describe('the workshop report', () => {
  it('names the organisation, the date, who led it, how many took part and in which roles', async () => {
    const text = await pdfText();
    expect(text).toContain('Workshop med Parat Bakkedal Kommune');
    expect(text).toContain('Dato 6. december 2026');
    expect(text).toContain('Facilitator Mette Holm');
    expect(text).toContain('8 deltagere. IT: 3 deltagere, Ledelse: 3 deltagere, Fagperson: 2 deltagere.');
  });

  it('gives each disputed question in full with its answers and what stands for the group, and the plan', async () => {
    const text = await pdfText();
    expect(text).toContain('Uenigheder og beslutninger');
    expect(text).toContain('I hvilken grad mangler I kompetencer til at vælge, sætte op og implementere ny teknologi?');
    expect(text).toContain('Aftalt: I nogen grad. Note: IT og ledelsen ser det forskelligt; vi mangler arkitekter.');
    expect(text).toContain('Fortsat uenige; medianen står: I lav grad. Note: Tages op igen på ledermødet i januar.');
    expect(text).toMatch(/Afklar databehov for machine learning\s+Digitaliseringschefen\s+28\. februar 2027/);
    expect(text).toContain('Gruppens svar er det svar, gruppen blev enig om, på 1 spørgsmål');
    expect(text).toMatch(/Kompetencer \(højere er mere pres\)/);
  });

  it('builds the group’s answers and recommendations on a decision, and marks each answer agreed or median', async () => {
    const text = await pdfText();
    expect(text).toMatch(/implementere ny teknologi\? I nogen grad \(aftalt\)/);
    expect(text).toMatch(/I lav grad \(median\)/);
    const undecided = await pdfText(bakkedalWorkshop({ decisions: {} }));
    expect(undecided).not.toContain('(aftalt)');
    expect(undecided).toContain('der er ikke registreret aftalte svar');
  });

  it('names no participant unless the facilitator turned names on', async () => {
    const text = await pdfText();
    for (const name of ['Anna', 'Dorte', 'Hans']) expect(text).not.toContain(name);
    const named = await pdfText(bakkedalWorkshop({ showNames: true }));
    expect(named).toContain('Anna (Ledelse)');
    expect(named).toContain('Hans (Fagperson)');
  });

  it('is also a Word document with the workshop, its decisions and the plan, naming nobody', async () => {
    const bytes = await createWorkshopDocx(bank, bakkedalWorkshop(), da, 'da', '7. december 2026');
    const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = document.replace(/<[^>]+>/g, '');
    expect(text).toContain('Uenigheder og beslutninger');
    expect(text).toContain('Aftalt: I nogen grad.');
    expect(text).toContain('Fælles robotdrift med leverandørerne');
    expect(text).not.toContain('Anna');
  });

  it('calls the answers behind each recommendation the group’s, in the PDF and in Word', async () => {
    for (const text of [await pdfText(), await wordText()]) {
      expect(text).toContain('Gruppens svar bag anbefalingen');
      expect(text).not.toContain('Jeres svar bag anbefalingen');
    }
  });

  it('says on the management summary what the meeting agreed and what is still disputed, in the PDF and in Word', async () => {
    const messages = [
      'Gruppen blev enig om 1 svar på workshoppen; resten af gruppens svar er medianen af deltagernes svar.',
      '4 spørgsmål er fortsat omstridte: Konkrete anvendelsesmuligheder (fortsat uenige: »Tages op igen på ' +
        'ledermødet i januar«), Fagmedarbejdernes tid,',
    ];
    const summary = (text: string) => text.slice(text.indexOf('Hovedbudskaber'), text.indexOf('Indstilling'));
    for (const message of messages) {
      expect(summary(await pdfText())).toContain(message);
      expect(summary(await wordText())).toContain(message);
    }
  });

  it('is titled a workshop report, in the PDF’s properties and in Word, in both languages', async () => {
    const pdf = await readPdf(createWorkshopReport(bank, bakkedalWorkshop(), da, 'da', '7. december 2026'));
    expect(pdf.title).toBe('Workshop med Parat: Bakkedal Kommune');
    expect(await wordText()).toMatch(/^Workshop med Parat: Bakkedal Kommune/);
    const en = createTranslator('en');
    const english = await readPdf(createWorkshopReport(bank, bakkedalWorkshop(), en, 'en', '7 December 2026'));
    expect(english.title).toBe('Workshop with Parat: Bakkedal Kommune');
  });

  it('sets the group’s answers beside the national figures in Word too, and refers to no appendix it lacks', async () => {
    const text = await wordText();
    expect(text).toContain('Ved siden af landstallet');
    expect(text).not.toContain('Bilag B');
    expect(text).toContain('Gruppens svar er det svar, gruppen blev enig om, på 1 spørgsmål og medianen');
    expect(await pdfText()).toContain('Bilag B markerer hvert svar som aftalt eller median');
  });

  it('labels the group’s answer on the national chart as the group’s, once', async () => {
    const text = await pdfText();
    const start = text.indexOf('Hver bjælke viser andelene');
    const national = text.slice(start, text.indexOf('Bilag A. Øvrige anbefalinger', start));
    expect(national).toContain('Gruppens svar');
    expect(national).not.toContain('Jeres svar');
    expect(national).not.toContain('Gruppens svar (Gruppens svar)');
  });

  it('shows a participant whose file names no one as »Deltager N«, not as the organisation', async () => {
    const file = bakkedalWorkshop({ showNames: true });
    const [first] = file.participants;
    const answers = { ...first!.file.answers };
    delete answers.respondent;
    file.participants[0] = { ...first!, name: 'Bakkedal Kommune', file: { ...first!.file, answers } };
    const text = await pdfText(file);
    expect(text).toContain('Deltager 1 (Ledelse)');
    expect(text).not.toContain('Bakkedal Kommune (Ledelse)');
    expect(text).toContain('Bo (Ledelse)');
  });
});
