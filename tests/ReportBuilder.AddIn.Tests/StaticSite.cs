using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// The published add-in served over HTTP on 127.0.0.1, as any static host would serve it, plus
/// the bytes a test hands to the Office.js double under /test-files/.
/// </summary>
public sealed class StaticSite : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".wasm"] = "application/wasm",
        [".png"] = "image/png",
        [".xml"] = "application/xml",
    };

    private readonly string _root;
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, byte[]> _testFiles = new(StringComparer.Ordinal);

    public StaticSite(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string Origin { get; }

    /// <summary>Serves bytes at /test-files/name and returns that path.</summary>
    public string Offer(string name, byte[] bytes)
    {
        _testFiles[name] = bytes;
        return $"/test-files/{Uri.EscapeDataString(name)}";
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        byte[]? body = null;
        if (path.StartsWith("/test-files/", StringComparison.Ordinal)) _testFiles.TryGetValue(path["/test-files/".Length..], out body);
        else
        {
            var file = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
            if (file.StartsWith(_root, StringComparison.Ordinal) && File.Exists(file))
            {
                body = File.ReadAllBytes(file);
                response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            }
        }
        if (body is null)
        {
            response.StatusCode = 404;
            return;
        }
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
