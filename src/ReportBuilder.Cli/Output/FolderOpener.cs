using System.Diagnostics;

namespace ReportBuilder.Cli.Output;

/// <summary>Opens a folder (or a file) with the desktop's own program; where there is none, says where it is.</summary>
public static class FolderOpener
{
    /// <param name="where">What is there, for a machine without a desktop: "The drafts are in", in the run's language.</param>
    public static void Open(string folder, string where)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo("explorer.exe", $"\"{folder}\"")
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [folder])
                : new ProcessStartInfo("xdg-open", [folder]);
            start.UseShellExecute = false;
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Out.WriteLine($"{where} {folder}");
        }
    }
}
