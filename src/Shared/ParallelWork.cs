namespace ReportBuilder.Shared;

/// <summary>
/// Independent pieces of work on every core. In the browser (the add-in's WebAssembly runs on
/// one thread, where waiting for other threads is not allowed) they run one after another, in
/// the same order, so results never depend on where the engine runs.
/// </summary>
internal static class ParallelWork
{
    public static void For(int count, Action<int> body)
    {
        if (count <= 1 || OperatingSystem.IsBrowser())
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        Parallel.For(0, count, body);
    }
}
