// The engine, in a Web Worker (engine-worker.js) so that the pane keeps answering while it works.
// Each function here posts one call to it and resolves with its answer.
let worker;
let ready;
let nextId = 0;
const pending = new Map();
let stageListener;

/**
 * listener({ kind, detail, number, of }) is told what the engine is doing while a call runs:
 * 'reading' workbook number of (detail: its name), 'checking', 'drafting' (detail: the language).
 */
export function onStage(listener) {
  stageListener = listener;
}

/**
 * Starts the worker and the .NET runtime in it (the first call downloads the runtime; later
 * ones reuse it). An engine that cannot start rejects with why, for the pane to say so.
 */
export function loadEngine() {
  ready ??= new Promise((resolve, reject) => {
    try {
      worker = new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' });
    } catch (e) {
      reject(e);
      return;
    }
    worker.onerror = event => {
      event.preventDefault();
      reject(new Error(event.message || 'the engine could not be loaded'));
    };
    worker.onmessage = event => {
      const message = event.data;
      if ('ready' in message) {
        if (message.ready) {
          resolve();
          // The drafting code warms up on the worker's thread while staff choose what to write,
          // so the first Generate costs what the second does.
          call('WarmUp').catch(() => {});
        } else reject(new Error(message.error));
        return;
      }
      if ('stage' in message) {
        stageListener?.(message.stage);
        return;
      }
      const { resolve: done, reject: fail } = pending.get(message.id);
      pending.delete(message.id);
      if ('error' in message) fail(new Error(message.error));
      else done(message.result);
    };
  });
  return ready;
}

function call(method, ...args) {
  return callHandingOver(method, args, []);
}

/** A call whose byte arrays are handed over to the worker (moved, not copied: the page's become empty). */
async function callHandingOver(method, args, handedOver) {
  await loadEngine();
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, method, args }, handedOver);
  });
}

/** The language of problems and hints: the pane's own (a culture name such as ru-RU). */
export async function setUiLanguage(cultureName) {
  await call('SetUiLanguage', cultureName);
}

/** Staff's settings file ({ name, bytes }), or null for the built-in names: { ok, problem }. */
export async function useSettings(settings) {
  if (!settings) {
    await call('ClearSettings');
    return { ok: true, problem: null };
  }
  return JSON.parse(await call('UseSettings', settings.name, settings.bytes));
}

/**
 * Hands a workbook's bytes (a Uint8Array, emptied here) to the engine, which keeps them until
 * forgetWorkbook: the id to name it by. The page keeps no copy.
 */
export async function keepWorkbook(bytes) {
  return callHandingOver('KeepWorkbook', [bytes], [bytes.buffer]);
}

export async function forgetWorkbook(id) {
  await call('ForgetWorkbook', id);
}

/**
 * Reads and checks the register: its workbooks ([{ name, id }], kept ones, in order):
 * { problems, errors, warnings, persons, events, unsureForms }.
 */
export async function checkRegister(workbooks) {
  await call('UseWorkbooks', workbooks.map(w => w.name), workbooks.map(w => w.id));
  return JSON.parse(await call('CheckRegister'));
}

/** Staff's own template for a language ({ name, bytes }), or null for the shipped one. */
export async function useTemplate(language, template) {
  if (template) await call('SetTemplate', language, template.name, template.bytes);
  else await call('ClearTemplate', language);
}

/** Generates the drafts of the register last checked: { ok, refusal, problems, period, periodLabel, items, drafts, failures, ... }. */
export async function generate(period, periodLength, languages) {
  return JSON.parse(await call('Generate', period, periodLength, languages.join(',')));
}

/** The list of political prisoners ('prisoners') or a case file ('person') as of a date ('' for today): as generate, with report and asOf. */
export async function generateReport(report, asOf, person, languages) {
  return JSON.parse(await call('GenerateReport', report, asOf, person, languages.join(',')));
}

/** The bytes of a draft of the last generate (a Uint8Array). */
export async function draftBytes(index) {
  return call('Draft', index);
}
