// The C# engine (ReportBuilder.AddIn.AddInApi) compiled to WebAssembly, loaded once into this
// page. Workbooks, templates and drafts stay in the page's memory: nothing is sent anywhere.
let api;

/**
 * Starts the .NET runtime (the first call downloads it; later ones reuse it). Imported here,
 * not at the top of the module, so that an engine that cannot load is an error the pane can
 * report rather than a page that never starts.
 */
export function loadEngine() {
  api ??= (async () => {
    const { dotnet } = await import('./_framework/dotnet.js');
    const runtime = await dotnet.create();
    const exports = await runtime.getAssemblyExports(runtime.getConfig().mainAssemblyName);
    return exports.ReportBuilder.AddIn.AddInApi;
  })();
  return api;
}

/** The language of problems and hints: the pane's own (a culture name such as ru-RU). */
export async function setUiLanguage(cultureName) {
  const engine = await loadEngine();
  engine.SetUiLanguage(cultureName);
}

/** Staff's settings file ({ name, bytes }), or null for the built-in names: { ok, problem }. */
export async function useSettings(settings) {
  const engine = await loadEngine();
  if (!settings) {
    engine.ClearSettings();
    return { ok: true, problem: null };
  }
  return JSON.parse(engine.UseSettings(settings.name, settings.bytes));
}

/** Reads and checks the register's workbooks ([{ name, bytes }]): { problems, errors, warnings, persons, events }. */
export async function checkRegister(workbooks) {
  const engine = await loadEngine();
  engine.ClearWorkbooks();
  for (const workbook of workbooks) engine.AddWorkbook(workbook.name, workbook.bytes);
  return JSON.parse(engine.CheckRegister());
}

/** Staff's own template for a language ({ name, bytes }), or null for the shipped one. */
export async function useTemplate(language, template) {
  const engine = await loadEngine();
  if (template) engine.SetTemplate(language, template.name, template.bytes);
  else engine.ClearTemplate(language);
}

/** Generates the drafts of the register last checked: { ok, refusal, problems, period, periodLabel, items, drafts, failures, ... }. */
export async function generate(period, periodLength, languages) {
  const engine = await loadEngine();
  return JSON.parse(engine.Generate(period, periodLength, languages.join(',')));
}

/** The list of political prisoners ('prisoners') or a case file ('person') as of a date ('' for today): as generate, with report and asOf. */
export async function generateReport(report, asOf, person, languages) {
  const engine = await loadEngine();
  return JSON.parse(engine.GenerateReport(report, asOf, person, languages.join(',')));
}

/** The bytes of a draft of the last generate (a Uint8Array). */
export async function draftBytes(index) {
  return (await loadEngine()).Draft(index);
}
