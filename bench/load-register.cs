// Times RegisterLoader.Load in one warm process: the median of 15 loads of each workbook given,
// so that costs too small for a whole process to show (a merge down a whole column) can be seen.
//   dotnet run bench/load-register.cs -c Release -- FILE.xlsx [FILE.xlsx ...]
#:project ../src/ReportBuilder.Register/ReportBuilder.Register.csproj
using System.Diagnostics;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;

foreach (var file in args)
{
    var times = new List<double>();
    for (var i = 0; i < 15; i++)
    {
        var watch = Stopwatch.StartNew();
        var loaded = RegisterLoader.Load([file], ".", RegisterLayout.Default);
        times.Add(watch.Elapsed.TotalMilliseconds);
        if (i == 0) Console.WriteLine($"{file}: {loaded.Register.Events.Count} events, {loaded.Problems.Items.Count} problems");
    }
    times.Sort();
    Console.WriteLine($"{file}: median {times[times.Count / 2]:F1} ms, fastest {times[0]:F1} ms (15 loads)");
}
