using System.Diagnostics;

namespace ReportBuilder.Cli.Output;

/// <summary>Opens a folder in the desktop's file manager; where there is none, says where the folder is.</summary>
public static class FolderOpener
{
    public static void Open(string folder)
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
            Console.Out.WriteLine($"The drafts are in {folder}");
        }
    }
}
