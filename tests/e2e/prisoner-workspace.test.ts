/**
 * The prisoner workspace through the interface: a case with two charges and its key dates,
 * the timeline built from everything dated, a transfer, a letter and its reply, and
 * deleting records with undo bringing back the record and the links to it.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { answerNextDialog, startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

// Fictional people, places and a fictional case.
const NAME = 'Erzhan Kaliev';
const NATIVE = 'Ержан Қалиев';
const LAWYER = 'Gulnar Seitova';
const CASE_TITLE = 'Іс № 7514-24-00-1/212';
const COURT = 'Специализированный межрайонный суд по уголовным делам г. Көкжиек';
const FIRST_ADDRESS = ['Учреждение ЕЦ-999/1', 'ул. Тәуелсіздік, 12', 'г. Көкжиек'];
const SECOND_ADDRESS = ['Учреждение УГ-999/7', 'ул. Жеңіс, 4', 'г. Ақтау-Сай'];
const FIRST_LETTER = 'Хат: открытки от группы поддержки и новости о заседании';
const REPLY = 'Жауап хат: благодарит всех, просит книги на қазақ тілі';

test('a case with two charges, its dates on the timeline, and an edit guarded from loss', async () => {
  const lawyer = await harness.call('persons.create', {
    name: LAWYER,
    nativeName: 'Гүлнар Сейітова',
    role: 'lawyer',
  });
  const person = await harness.call('persons.create', {
    name: NAME,
    nativeName: NATIVE,
    status: 'pre-trial',
  });
  const app = await harness.openApp(`#/persons/${person.id}`);
  const { page } = app;
  await expect.poll(() => page.locator('.cases').innerText()).toContain('No cases are recorded');

  await page.getByRole('button', { name: 'Add case' }).click();
  const form = page.getByRole('form', { name: 'Add case' });
  await form.getByLabel('Title or case number').fill(CASE_TITLE);
  await form.getByLabel('Status of the case').selectOption('trial');
  await form.getByLabel('Article of charge 1').fill('174 ч.2');
  await form.getByLabel('Wording of charge 1').fill('возбуждение социальной розни');
  await form.getByRole('button', { name: 'Add a charge' }).click();
  await form.getByLabel('Article of charge 2').fill('405');
  await form
    .getByLabel('Wording of charge 2')
    .fill('участие в деятельности запрещённой организации');
  await form.getByLabel('Court').fill(COURT);
  await form.getByLabel('Judge').fill('Ә. Қожахметова');
  await form.getByLabel('Arrested on').fill('02.03.2024');
  await form.getByRole('button', { name: 'Add an extension' }).click();
  await form.getByLabel('Extension 1: decided on').fill('28.04.2024');
  await form.getByLabel('Extension 1: custody until').fill('2024-06-30');
  await form.getByRole('button', { name: 'Add a hearing' }).click();
  await form.getByLabel('Hearing 1', { exact: true }).fill('12.09.2024');
  await form.getByRole('checkbox', { name: new RegExp(LAWYER) }).check();
  await form.getByLabel('Term').fill('7 лет общего режима');
  // Mistakes are said next to their fields, in plain words, and nothing is saved.
  await form.getByLabel('Verdict on').fill('31.02.2024');
  await form.getByLabel('Fine', { exact: true }).fill('сто тысяч');
  await form.getByLabel('Currency').fill('тенге');
  await form.getByRole('button', { name: 'Add case' }).click();
  await expect.poll(() => form.locator('.field-error').count()).toBe(3);
  const errors = await form.locator('.field-error').allInnerTexts();
  expect(errors).toEqual([
    'This date does not exist in the calendar.',
    'Write the fine as a number, for example 150000 or 150 000,50.',
    'Use a three-letter currency code such as KZT.',
  ]);
  // The keyboard is taken to the first field in error.
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
    '31.02.2024',
  );
  await harness.screenshot(page, 'case-form-errors');
  expect((await harness.call('cases.list', { personId: person.id })).total).toBe(0);

  await form.getByLabel('Verdict on').fill('');
  await form.getByLabel('Fine', { exact: true }).fill('150 000');
  await form.getByLabel('Currency').fill('KZT');
  await form.getByLabel('Currency').press('Enter');

  const card = page.locator('.case-card');
  await expect.poll(() => card.count()).toBe(1);
  const cardText = await card.innerText();
  for (const text of [
    CASE_TITLE,
    'Trial',
    'Art. 174 ч.2 — возбуждение социальной розни',
    'Art. 405 — участие в деятельности запрещённой организации',
    COURT,
    'Ә. Қожахметова',
    LAWYER,
    '2 Mar 2024',
    'on 28 Apr 2024, until 30 Jun 2024',
    '12 Sept 2024',
    '7 лет общего режима; fine of 150,000 KZT',
  ]) {
    expect(cardText).toContain(text);
  }
  const [saved] = (await harness.call('cases.list', { personId: person.id })).items;
  expect(saved).toMatchObject({
    charges: [
      { article: '174 ч.2', text: 'возбуждение социальной розни' },
      { article: '405', text: 'участие в деятельности запрещённой организации' },
    ],
    lawyerId: lawyer.id,
    arrestDate: '2024-03-02',
    detentionExtensions: [{ decidedOn: '2024-04-28', until: '2024-06-30' }],
    hearingDates: ['2024-09-12'],
    sentence: { term: '7 лет общего режима', fine: { amount: 150000, currency: 'KZT' } },
    status: 'trial',
  });

  // The timeline has the case's dates in order, and filters by kind.
  const timeline = page.locator('.timeline-list li');
  await expect.poll(() => timeline.count()).toBe(3);
  expect(await timeline.allInnerTexts()).toEqual([
    expect.stringMatching(/2 Mar 2024\s+Arrest\s+Іс № 7514/),
    expect.stringMatching(/28 Apr 2024\s+Custody extended\s+Іс № 7514.*until 30 Jun 2024/),
    expect.stringMatching(/12 Sept 2024\s+Hearing\s+Іс № 7514/),
  ]);
  await harness.screenshot(page, 'case-and-timeline');
  await page.locator('.timeline').getByLabel('Case dates').uncheck();
  await expect.poll(() => page.locator('.timeline').innerText()).toContain('Every kind is hidden');
  await page.locator('.timeline').getByLabel('Case dates').check();

  // An edit is not thrown away by Esc without asking.
  await page.getByRole('button', { name: `Edit the case ${CASE_TITLE}` }).click();
  const edit = page.getByRole('form', { name: 'Edit case' });
  await edit.getByLabel('Judge').fill('Ә. Қожахметова, then Б. Сәрсенов');
  let asked = answerNextDialog(page, false);
  await edit.getByLabel('Judge').press('Escape');
  expect(await asked).toBe('You have changes that are not saved. Leave without saving them?');
  expect(await edit.count()).toBe(1);
  // Nor by following a link away from the page.
  asked = answerNextDialog(page, false);
  await page.getByRole('link', { name: 'Prisoners', exact: true }).first().click();
  await asked;
  expect(page.url()).toContain(`#/persons/${person.id}`);
  expect(await edit.getByLabel('Judge').inputValue()).toBe('Ә. Қожахметова, then Б. Сәрсенов');
  asked = answerNextDialog(page, true);
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await asked;
  await expect.poll(() => edit.count()).toBe(0);
  expect(await card.innerText()).not.toContain('Сәрсенов');

  // In Russian, the case and the timeline speak Russian.
  await page.getByLabel('Language').selectOption('ru');
  await expect.poll(() => page.locator('.cases h2').innerText()).toBe('Дела');
  expect(await card.innerText()).toContain('Ст. 174 ч.2');
  expect(await card.innerText()).toContain('Продления ареста');
  expect(await page.locator('.timeline-list').innerText()).toContain('Арест продлён');
  await harness.screenshot(page, 'case-and-timeline-ru');
  expect(app.errors).toEqual([]);
});

test('a transfer, a letter and its reply, and deleting with undo', async () => {
  const person = await harness.call('persons.create', {
    name: NAME,
    nativeName: NATIVE,
    status: 'convicted',
  });
  await harness.call('addresses.create', {
    personId: person.id,
    lines: FIRST_ADDRESS,
    validFrom: '2024-03-03',
  });
  const theCase = await harness.call('cases.create', {
    personId: person.id,
    title: CASE_TITLE,
    charges: [{ article: '174 ч.2' }, { article: '405' }],
  });
  const ruling = await harness.call('documents.create', {
    title: 'Постановление о продлении срока содержания под стражей',
    docType: 'ruling',
    date: '2024-04-28',
    caseId: theCase.id,
  });
  const app = await harness.openApp(`#/persons/${person.id}`);
  const { page } = app;
  await expect.poll(() => page.locator('.current-address').innerText()).toContain(FIRST_ADDRESS[0]);

  // The transfer: the new address is current, the old one is history, closed that day.
  await page.getByRole('button', { name: 'Add address' }).click();
  let form = page.getByRole('form', { name: 'Add an address' });
  await form.getByLabel('Address in the native script').fill(SECOND_ADDRESS.join('\n'));
  await form.getByLabel('Valid from').fill('20.10.2024');
  await form.getByLabel('Valid from').press('Enter');
  await expect
    .poll(() => page.locator('.current-address').innerText())
    .toContain(SECOND_ADDRESS[0]);
  expect(await page.locator('.address-history').innerText()).toContain('3 Mar 2024 – 20 Oct 2024');

  // A letter out, then the reply, linked to it.
  await page.getByRole('button', { name: 'New letter' }).click();
  form = page.getByRole('form', { name: 'New letter' });
  await form.getByLabel('Sent on').fill('01.11.2024');
  await form.getByLabel('Summary').fill(FIRST_LETTER);
  await form.getByLabel('Summary').press('Control+Enter');
  await expect.poll(() => page.locator('tr', { hasText: FIRST_LETTER }).count()).toBe(1);

  await page.getByRole('button', { name: 'New letter' }).click();
  form = page.getByRole('form', { name: 'New letter' });
  await form.getByLabel('Direction').selectOption('in');
  await form.getByLabel('Received on').fill('2024-11-25');
  await form
    .getByLabel('In reply to')
    .selectOption({ label: `Out · 1 Nov 2024 · ${FIRST_LETTER.slice(0, 60)}` });
  await form.getByLabel('Summary').fill(REPLY);
  await form.getByLabel('Summary').press('Control+Enter');
  const replyRow = page.locator('tr', { hasText: REPLY });
  await expect.poll(() => replyRow.count()).toBe(1);
  expect(await replyRow.innerText()).toContain('answers the letter of 1 Nov 2024');
  const letters = (await harness.call('letters.list', { personId: person.id })).items;
  const first = letters.find((letter) => letter.summary === FIRST_LETTER)!;
  const reply = letters.find((letter) => letter.summary === REPLY)!;
  expect(reply.inReplyTo).toBe(first.id);
  // The new letter went to the address after the transfer.
  expect(first.addressSnapshot?.lines).toEqual(SECOND_ADDRESS);
  expect(first.addressId).toMatch(/\S/);

  // The timeline holds the move, the letters and the case's document.
  const timeline = page.locator('.timeline-list');
  await expect.poll(() => timeline.innerText()).toContain('Transfer');
  const timelineText = await timeline.innerText();
  expect(timelineText).toMatch(/28 Apr 2024\s+Ruling\s+Постановление/);
  expect(timelineText).toMatch(/20 Oct 2024\s+Transfer\s+Учреждение УГ-999\/7/);
  expect(timelineText).toMatch(/1 Nov 2024\s+Letter out/);
  expect(timelineText).toMatch(/25 Nov 2024\s+Letter in/);
  await harness.screenshot(page, 'transfer-and-letters');
  await page.locator('.timeline').scrollIntoViewIfNeeded();
  await harness.screenshot(page, 'timeline');

  // Deleting the letter that was answered: the reply stays, its link is cut…
  await page.getByRole('button', { name: 'Delete the letter of 1 Nov 2024' }).click();
  const undoBar = page.locator('.undo-bar');
  await expect.poll(() => undoBar.innerText()).toContain('The letter of 1 Nov 2024 was deleted.');
  expect(await undoBar.innerText()).toContain('One other record no longer points to it.');
  await expect.poll(() => page.locator('tr', { hasText: FIRST_LETTER }).count()).toBe(0);
  expect(await replyRow.innerText()).not.toContain('answers');
  expect((await harness.call('letters.get', { id: reply.id })).inReplyTo).toBeUndefined();
  await harness.screenshot(page, 'letter-deleted');
  // …and undo brings back the letter and the reply's link to it.
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.locator('tr', { hasText: FIRST_LETTER }).count()).toBe(1);
  await expect.poll(() => replyRow.innerText()).toContain('answers the letter of 1 Nov 2024');
  expect(await harness.call('letters.get', { id: first.id })).toEqual(first);
  expect((await harness.call('letters.get', { id: reply.id })).inReplyTo).toBe(first.id);

  // Deleting the case cuts the ruling's link to it; undo sets it again.
  await page.getByRole('button', { name: `Delete the case ${CASE_TITLE}` }).click();
  await expect.poll(() => page.locator('.case-card').count()).toBe(0);
  expect((await harness.call('documents.get', { id: ruling.id })).caseId).toBeUndefined();
  await page.locator('.cases').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.locator('.case-card').count()).toBe(1);
  expect((await harness.call('documents.get', { id: ruling.id })).caseId).toBe(theCase.id);

  // The current address, which the first letter went to: the letter keeps its copy of the
  // lines but loses the link, and gets it back on undo.
  await page.getByRole('button', { name: `Delete the address ${SECOND_ADDRESS[0]}` }).click();
  const addresses = page.locator('section', { has: page.locator('#addresses-title') });
  await expect.poll(() => addresses.innerText()).toContain('No current address is recorded.');
  expect((await harness.call('letters.get', { id: first.id })).addressId).toBeUndefined();
  await addresses.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => page.locator('.current-address').innerText())
    .toContain(SECOND_ADDRESS[0]);
  expect((await harness.call('letters.get', { id: first.id })).addressId).toBe(first.addressId);

  // The whole person goes with their addresses, case and letters, and comes back whole.
  await page.getByRole('button', { name: 'Delete this person' }).click();
  await expect.poll(() => page.locator('.person-deleted').count()).toBe(1);
  expect(await page.locator('.undo-bar').innerText()).toContain(
    '5 records that belonged to it went with it.',
  );
  expect((await harness.call('letters.list', { personId: person.id })).total).toBe(0);
  await harness.screenshot(page, 'person-deleted');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.locator('.person-header').innerText()).toContain(NATIVE);
  expect(await page.locator('.person-deleted').count()).toBe(0);
  await expect.poll(() => page.locator('.case-card').count()).toBe(1);
  await expect.poll(() => replyRow.innerText()).toContain('answers the letter of 1 Nov 2024');
  expect(await page.locator('.current-address').innerText()).toContain(SECOND_ADDRESS[0]);
  expect((await harness.call('documents.get', { id: ruling.id })).caseId).toBe(theCase.id);
  expect(app.errors).toEqual([]);
});

test('the profile dialog asks before unsaved edits are dropped by Esc, ×, or Cancel', async () => {
  const person = await harness.call('persons.create', {
    name: NAME,
    nativeName: NATIVE,
    notes: 'Анасы хат күтеді.',
  });
  const { page, errors } = await harness.openApp(`#/persons/${person.id}`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit profile' });
  await dialog.waitFor();

  // Nothing typed: Esc closes without asking.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await dialog
    .getByRole('textbox', { name: 'Notes', exact: true })
    .fill('Анасы хат күтеді. Сотқа 12 наурызда барады.');
  // Esc asks; keeping the edits keeps the dialog and what was typed.
  let asked = answerNextDialog(page, false);
  await page.keyboard.press('Escape');
  expect(await asked).toBe('You have changes that are not saved. Leave without saving them?');
  expect(await dialog.getByRole('textbox', { name: 'Notes', exact: true }).inputValue()).toContain(
    '12 наурызда',
  );
  // The × button and Cancel ask too; agreeing drops the edits.
  asked = answerNextDialog(page, false);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await asked;
  expect(await dialog.isVisible()).toBe(true);
  asked = answerNextDialog(page, true);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await asked;
  await dialog.waitFor({ state: 'detached' });
  expect((await harness.call('persons.get', { id: person.id })).notes).toBe('Анасы хат күтеді.');
  expect(errors).toEqual([]);
});
