using ReportBuilder.Register.Writing;
using ReportBuilder.TestSupport;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// The engine works in a Web Worker: while a 10k-event register is read and drafted, the pane
/// keeps answering, a click handled within 100 ms. (On the page's own thread the same work froze
/// it for seconds.)
/// </summary>
[Collection(AddInCollection.Name)]
public sealed class ResponsivePaneTests(AddInFixture fixture)
{
    [Fact]
    public async Task While_a_10k_event_register_generates_the_page_answers_within_100_ms()
    {
        using var register = new MemoryStream();
        StreamingRegisterWriter.Write(SyntheticRegister.Build(10_000), register);
        await using var pane = await TaskPane.Open(fixture, "register-10k.xlsx", register.ToArray());
        await pane.Page.SelectOptionAsync("#period-kind", "month");
        await pane.Page.FillAsync("#period-month", "2021-04");
        // The page's thread takes a 10 ms tick: the longest gap between ticks is the longest a
        // click would wait. Ticks are kept only while the engine works (Generate disabled).
        await pane.Page.EvaluateAsync("""
            () => {
              window.gaps = [];
              let last = performance.now();
              setInterval(() => {
                const now = performance.now();
                if (document.getElementById('generate').disabled) { window.gaps.push(now - last); if (now - last > 60) (window.slow ??= []).push(Math.round(now - last) + ' ' + document.getElementById('status').textContent); }
                last = now;
              }, 10);
            }
            """);

        await pane.Page.ClickAsync("#generate");
        await Eventually.Holds(async () => await pane.Page.Locator("#drafts button.download").CountAsync() == 2, "both drafts of the 10k register", 120_000);

        var gaps = await pane.Page.EvaluateAsync<double[]>("() => window.gaps");
        Assert.True(gaps.Length >= 50, $"the page ticked only {gaps.Length} times while the engine worked: the engine held its thread");
        // The longest single wait is bounded loosely, at 1 s (a loaded 2-core test machine may starve the
        // page now and then); 99 ticks in 100 wait less than 100 ms. On the page's own thread the
        // engine held it for seconds at once.
        var slow = await pane.Page.EvaluateAsync<string[]?>("() => window.slow ?? []");
        var sorted = gaps.Order().ToArray();
        var p99 = sorted[(int)(sorted.Length * 0.99)];
        Assert.True(p99 < 100 && sorted[^1] < 1000,
            $"99th percentile {p99:F0} ms, longest {sorted[^1]:F0} ms of {gaps.Length} ticks; over 60 ms: {string.Join("; ", slow ?? [])}");
    }
}
