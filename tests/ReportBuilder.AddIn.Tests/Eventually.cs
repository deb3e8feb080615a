namespace ReportBuilder.AddIn.Tests;

/// <summary>Waits for the page to reach a state (the engine works in steps, yielding to the browser between them).</summary>
internal static class Eventually
{
    public static async Task Holds(Func<Task<bool>> condition, string what, int timeoutMs = 60_000)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.ElapsedMilliseconds > timeoutMs) Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
