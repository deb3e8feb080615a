using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using ReportBuilder.Register;

namespace ReportBuilder.AddIn;

/// <summary>
/// Tells the pane what the engine is doing while one call runs (reading workbook 1 of 2,
/// checking, writing the Russian draft): engine-worker.js posts each stage to the page at once,
/// whose thread is free while the engine works on the worker's.
/// </summary>
[SupportedOSPlatform("browser")]
internal sealed partial class StageToPane : IProgress<WorkStage>
{
    public static readonly StageToPane Instance = new();

    public void Report(WorkStage value) => Post(value.Kind.ToString().ToLowerInvariant(), value.Detail, value.Number, value.Of);

    [JSImport("stage", "engine-progress")]
    private static partial void Post(string kind, string detail, int number, int of);
}
