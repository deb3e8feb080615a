// The task pane: reads the register (the open workbook and any added ones), lists its
// problems next to the cells, and generates the drafts for download. The work itself is the
// engine's (engine.js); Office.js only hands over the workbook and selects cells.
import { onStage, setUiLanguage, useSettings, keepWorkbook, forgetWorkbook, checkRegister, useTemplate, generate, generateReport, draftBytes } from './engine.js';
import { inExcel, platform, openWorkbookName, readOpenWorkbook, selectCell, OfficeError } from './workbook.js';
import { stringsFor } from './strings.js';
import { rememberedFile, rememberFile, forgetFile } from './remembered.js';

const $ = id => document.getElementById(id);
const DocxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let text = stringsFor(navigator.language);
const added = []; // workbooks picked with the file picker: { name, id } (their bytes are the engine's)

start();

async function start() {
  if (typeof Office !== 'undefined') await Office.onReady();
  text = stringsFor(inExcel() ? Office.context.displayLanguage : navigator.language);
  document.documentElement.lang = text === stringsFor('ru') ? 'ru' : 'en';
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = text[element.dataset.text];
  for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', text[element.dataset.label]);
  // Each "Choose…" button opens the file picker beside it.
  for (const button of document.querySelectorAll('button.choose')) button.addEventListener('click', () => button.nextElementSibling.click());
  fallBackWhereDateInputsAreMissing();
  showWorkbooks();
  wireChoices();
  $('period-kind').addEventListener('change', showPeriodInputs);
  $('report').addEventListener('change', showReportInputs);
  $('add-workbooks').addEventListener('change', addWorkbooks);
  // While the engine works, the status line says what it is doing (its message arrives at once: the page's thread is free).
  onStage(stage => status(text.stage(stage)));
  $('check').addEventListener('click', () => run(false));
  $('generate').addEventListener('click', () => run(true));
  status(text.loading);
  try {
    await setUiLanguage(document.documentElement.lang);
    status('');
    $('generate').disabled = false;
  } catch (e) {
    status(text.engineFailed(e.message), true);
  }
}

/** Check only, or check and generate: the register's errors block generation as on the command line. */
async function run(andGenerate) {
  const buttons = [$('generate'), $('check')];
  buttons.forEach(b => (b.disabled = true));
  $('result').hidden = true;
  try {
    status(text.reading);
    const workbooks = await registerWorkbooks();
    if (workbooks.length === 0) return status(text.noWorkbook, true);
    // The engine's own stages follow (reading each workbook, checking): onStage.
    // The names staff gave their sheets and columns, from the same appsettings.json as the command line.
    const settings = await useSettings(rememberedFile('settings'));
    if (!settings.ok) {
      showProblems([settings.problem], 1, 0);
      return status(settings.problem.hint ? `${settings.problem.message} ${settings.problem.hint}` : settings.problem.message, true);
    }
    let checked;
    try {
      checked = await checkRegister(workbooks);
    } finally {
      // The open workbook is read afresh on every click (staff edit it meanwhile): once read, let go.
      if (inExcel()) await forgetWorkbook(workbooks[0].id);
    }
    showProblems(checked.problems, checked.errors, checked.warnings);
    showUnsureForms(checked.unsureForms);
    if (checked.errors > 0) return status(text.blocked, true);
    if (!andGenerate) return status(checked.problems.length === 0 ? text.noProblems : '');
    status(text.writing);
    const report = $('report').value;
    // The list and the case file: their date (empty: today) and person, as generate --report takes them.
    if (report !== 'bulletin') return showResult(await generateReport(report, $('as-of').value, $('person').value, languages()));
    for (const language of ['en', 'ru']) await useTemplate(language, rememberedFile(`template.${language}`));
    const period = periodSpec();
    // An empty date field is the pane's to say, in the pane's words: never a period the engine cannot read.
    if (period.spec === '' || period.spec.startsWith('..') || period.spec.endsWith('..')) {
      status(text.choosePeriod, true);
      return;
    }
    showResult(await generate(period.spec, period.length, languages()));
  } catch (e) {
    status(e instanceof OfficeError ? text.officeFailed(e.message) : text.failed(e.message), true);
  } finally {
    buttons.forEach(b => (b.disabled = false));
  }
}

/** The register's workbooks, kept by the engine: the open one (read now) first, then the added ones: [{ name, id }]. */
async function registerWorkbooks() {
  await adding;
  const open = inExcel() ? [{ name: openWorkbookName(), id: await keepWorkbook(await readOpenWorkbook()) }] : [];
  return distinctNames([...open, ...added]);
}

/**
 * Workbooks named as the engine will name them in problems: a second file of the same name
 * (last year's register.xlsx beside this year's open one) becomes "register (2).xlsx", so a
 * problem in it never selects a cell of the open workbook.
 */
function distinctNames(workbooks) {
  const taken = new Set();
  return workbooks.map(workbook => {
    let name = workbook.name;
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${extension}`;
    taken.add(name.toLowerCase());
    return { ...workbook, name };
  });
}

function showResult(result) {
  if (result.refusal) {
    showProblems(result.problems, result.problems.length, 0);
    const refusal = result.refusal.problem;
    return status(refusal.hint ? `${refusal.message} ${refusal.hint}` : refusal.message, true);
  }
  if (!result.ok) {
    const problems = result.failures.flatMap(f => f.problems);
    showProblems(problems, problems.filter(p => p.severity === 'error').length, problems.filter(p => p.severity !== 'error').length);
    return status(text.templateErrors, true);
  }
  status('');
  const lines = [result.report === 'bulletin' ? text.summary(result) : text.reportSummary(result)];
  if (result.report !== 'bulletin') { /* a list or a case file has no period */ } else if (result.notStarted) lines.push(text.notStarted(result.periodLabel));
  else if (result.items === 0) lines.push(text.nothing(result.periodLabel));
  if (result.warnings > 0) lines.push(text.warnings(result.warnings));
  $('summary').textContent = lines.join(' ');
  $('drafts').replaceChildren(...result.drafts.map(draft => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'download';
    button.textContent = text.download(draft.fileName);
    button.addEventListener('click', async () => saveDraft(draft.fileName, await draftBytes(draft.index)));
    const counts = document.createElement('div');
    counts.textContent = text.draftLine(draft);
    item.append(button, counts);
    return item;
  }));
  $('result').hidden = false;
  // Where the work is: the result is announced (status) and the keyboard lands on it.
  status(text.ready(result.drafts.length));
  $('summary').focus();
}

/**
 * Safari (Excel for Mac) has no week or month picker, and old ones no date picker: such an
 * input is a text field there. It then says what to type, in the form the engine reads.
 */
function fallBackWhereDateInputsAreMissing() {
  for (const [id, example] of [['period-week', '2021-W14'], ['period-month', '2021-04'], ['period-day', '2021-04-07'], ['period-to', '2021-04-07'], ['as-of', '2023-05-31']]) {
    const input = $(id);
    if (input.type !== 'text') continue;
    input.placeholder = example;
    input.setAttribute('aria-description', text.typeLike(example));
    input.title = text.typeLike(example);
  }
}

/**
 * Saves a draft where the web view lets the pane reach the disk:
 * - Excel for Windows (WebView2, Chromium): the save dialog of the File System Access API, as
 *   its downloads are reported not to arrive in several add-ins; where the dialog is missing or
 *   refused (an old WebView2), the download link.
 * - Excel on the web: the browser's download (the pane is a cross-origin frame, where the save
 *   dialog is refused).
 * - Excel for Mac (WKWebView) ignores downloads by Microsoft's design (office-js issue 2700):
 *   the pane says so and what works instead; the link is still tried.
 */
async function saveDraft(fileName, bytes) {
  if (platform() === 'Mac') status(text.macCannotSave(fileName), true);
  if (platform() === 'PC' && typeof window.showSaveFilePicker === 'function') {
    const saved = await saveWithDialog(fileName, bytes);
    if (saved === 'saved') return status(text.saved(fileName));
    if (saved === 'cancelled') return status(text.notSaved(fileName));
  }
  download(fileName, bytes);
}

/** 'saved', 'cancelled' (the user closed the dialog) or 'refused' (the web view does not allow it: use the link). */
async function saveWithDialog(fileName, bytes) {
  let handle;
  try {
    handle = await window.showSaveFilePicker({ suggestedName: fileName, types: [{ description: 'Word', accept: { [DocxType]: ['.docx'] } }] });
  } catch (e) {
    return e?.name === 'AbortError' ? 'cancelled' : 'refused';
  }
  const writable = await handle.createWritable();
  await writable.write(bytes);
  await writable.close();
  return 'saved';
}

function download(fileName, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: DocxType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A register with thousands of problems (a wrong column mapping marks every row) would make as
 * many buttons; the pane lists them by kind, errors first: the first 20 of each id, then how
 * many more of it there are and where to see them all; at most 200 buttons in all.
 */
const ShownPerId = 20;
const ShownProblems = 200;

/** Each problem a line; those in the open workbook with a sheet and cell select it when clicked. */
function showProblems(all, errors, warnings) {
  const open = inExcel() ? openWorkbookName() : null;
  const selectable = problem => open && problem.file === open && problem.sheet && problem.cell;
  const byId = new Map();
  for (const problem of all) {
    if (!byId.has(problem.id)) byId.set(problem.id, []);
    byId.get(problem.id).push(problem);
  }
  const items = [];
  let shown = 0;
  for (const [id, problems] of byId) {
    const first = problems.slice(0, Math.min(ShownPerId, ShownProblems - shown));
    items.push(...first.map(problem => problemItem(problem, selectable(problem))));
    shown += first.length;
    if (problems.length > first.length) items.push(moreItem(text.moreOfId(problems.length - first.length, id)));
  }
  $('problem-counts').textContent = all.length === 0 ? text.noProblems
    : `${text.counts(errors, warnings)}${all.some(selectable) ? ' ' + text.clickToSelect : ''}`;
  $('problems').replaceChildren(...items);
  $('problems-section').hidden = false;
}

function problemItem(problem, selectable) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `problem ${problem.severity}`;
  const where = document.createElement('span');
  where.className = 'where';
  where.textContent = `${problem.id} ${problem.location}`;
  button.append(where, document.createTextNode(`: ${problem.message}`));
  if (selectable) {
    button.classList.add('selectable');
    button.addEventListener('click', () => selectCell(problem.sheet, problem.cell).catch(e => status(text.failed(e.message), true)));
  }
  item.append(button);
  return item;
}

function moreItem(message) {
  const item = document.createElement('li');
  item.className = 'more';
  item.textContent = message;
  return item;
}

/** The Russian forms the rules are not sure of: what, where, and the form the drafts print. */
function showUnsureForms(forms) {
  $('unsure-forms').replaceChildren(...forms.map(form => {
    const item = document.createElement('li');
    const printed = form.forms.genitive ?? form.forms.gender ?? '';
    item.textContent = text.unsureForm(form.kind, form.nominative, form.where, printed);
    return item;
  }));
  $('forms-section').hidden = forms.length === 0;
}

function showWorkbooks() {
  const rows = inExcel() ? [row(`${text.openWorkbook}: ${openWorkbookName()}`)] : [];
  added.forEach((workbook, index) => {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = text.remove;
    remove.addEventListener('click', () => {
      added.splice(index, 1);
      showWorkbooks();
      forgetWorkbook(workbook.id).catch(() => {});
    });
    rows.push(row(workbook.name, remove));
  });
  $('workbooks').replaceChildren(...rows);
}

function row(label, ...controls) {
  const item = document.createElement('li');
  item.append(document.createTextNode(label + ' '), ...controls);
  return item;
}

// Files chosen but not yet read: a Check or Generate clicked meanwhile waits for them.
let adding = Promise.resolve();

function addWorkbooks(event) {
  const files = [...event.target.files];
  event.target.value = '';
  adding = adding.then(async () => {
    for (const file of files) added.push({ name: file.name, id: await keepWorkbook(new Uint8Array(await file.arrayBuffer())) });
  }).catch(e => status(text.failed(e.message), true)).finally(showWorkbooks);
  return adding;
}

/** The files staff choose once: a template per language, the settings file. */
function wireChoices() {
  for (const block of document.querySelectorAll('.choice')) {
    const slot = block.dataset.slot;
    const show = () => {
      block.querySelector('.choice-name').textContent = rememberedFile(slot)?.name ?? text[block.dataset.default];
    };
    block.querySelector('input[type=file]').addEventListener('change', async event => {
      const file = event.target.files[0];
      if (file && !rememberFile(slot, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))
        status(text.templateNotRemembered(file.name), true);
      event.target.value = '';
      show();
    });
    block.querySelector('.forget').addEventListener('click', () => { forgetFile(slot); show(); });
    show();
  }
}

/** The list and the case file take a date (and a person) instead of a period; the button says what it writes. */
function showReportInputs() {
  const report = $('report').value;
  $('as-of').closest('label').hidden = report === 'bulletin';
  $('person').closest('label').hidden = report !== 'person';
  $('period-section').hidden = report !== 'bulletin';
  $('generate').textContent = text.generateWhat[report];
}

function showPeriodInputs() {
  const kind = $('period-kind').value;
  const field = id => $(id).closest('label');
  field('period-week').hidden = kind !== 'week';
  field('period-month').hidden = kind !== 'month';
  field('period-day').hidden = kind !== 'day' && kind !== 'range';
  field('period-to').hidden = kind !== 'range';
  $('period-day-label').textContent = kind === 'range' ? text.from : text.day;
}

/** The period as the command line writes it: latest, 2021-W14, 2021-04, 2021-04-07 or a range. */
function periodSpec() {
  const kind = $('period-kind').value;
  switch (kind) {
    case 'latest-week': return { spec: 'latest', length: 'week' };
    case 'latest-month': return { spec: 'latest', length: 'month' };
    case 'week': return { spec: $('period-week').value, length: 'week' };
    case 'month': return { spec: $('period-month').value, length: 'month' };
    case 'day': return { spec: $('period-day').value, length: 'day' };
    default: return { spec: `${$('period-day').value}..${$('period-to').value}`, length: 'day' };
  }
}

function languages() {
  return ['en', 'ru'].filter(language => $(`lang-${language}`).checked);
}

function status(message, isError = false) {
  $('status').textContent = message;
  $('status').className = isError ? 'error-text' : '';
}
