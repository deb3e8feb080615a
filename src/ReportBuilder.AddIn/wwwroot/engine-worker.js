// The C# engine (ReportBuilder.AddIn.AddInApi) compiled to WebAssembly, run in a Web Worker: its
// work (reading a register, drafting) takes seconds on a large register, and on its own thread
// it never freezes the pane. engine.js posts { id, method, args } and gets { id, result } or
// { id, error } back. Workbooks, templates and drafts stay in this browser: nothing is sent anywhere.
import { dotnet } from './_framework/dotnet.js';

let api;
try {
  const runtime = await dotnet.create();
  // What the engine is doing inside a call (AddIn.StageToPane), posted to the page at once.
  runtime.setModuleImports('engine-progress', {
    stage: (kind, detail, number, of) => postMessage({ stage: { kind, detail, number, of } }),
  });
  const exports = await runtime.getAssemblyExports(runtime.getConfig().mainAssemblyName);
  api = exports.ReportBuilder.AddIn.AddInApi;
  postMessage({ ready: true });
} catch (e) {
  postMessage({ ready: false, error: String(e?.message ?? e) });
}

// One call at a time, in order: a click that arrives while the engine warms up waits for it.
onmessage = event => {
  const { id, method, args } = event.data;
  try {
    const result = api[method](...args);
    // A draft's bytes (a copy the runtime made for JavaScript) are handed over, not copied again;
    // never a view of the runtime's own memory.
    const own = result instanceof Uint8Array && result.byteOffset === 0 && result.buffer.byteLength === result.byteLength;
    postMessage({ id, result }, own ? [result.buffer] : []);
  } catch (e) {
    postMessage({ id, error: String(e?.message ?? e) });
  }
};
