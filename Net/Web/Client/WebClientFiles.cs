using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorMoo.Net.Web.Client;

/// <summary>
/// Serves the browser client (<c>Net/Web/wwwroot</c>: plain HTML, JavaScript and CSS, no build
/// step) from resources embedded in the assembly, so the executable needs no files beside it.
/// The page is at <c>/</c>; it loads nothing from other sites, which its Content-Security-Policy enforces.
/// </summary>
internal static class WebClientFiles
{
    /// <summary>The prefix of the files' resource names (set in ActorMoo.Net.csproj).</summary>
    private const string ResourcePrefix = "ActorMoo.Net.Web.wwwroot.";

    /// <summary>Only our own scripts and websocket; no inline script, no framing by other sites. Inline styles are allowed because rendered markup colours text with style attributes.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Maps <c>/</c> and every file of the client.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        var files = Load();
        routes.MapGet("/", (HttpContext context) => Serve(context, files["index.html"]));
        foreach (var (name, file) in files)
            routes.MapGet("/" + name, (HttpContext context) => Serve(context, file));
    }

    private static FrozenDictionary<string, StaticFile> Load()
    {
        var assembly = typeof(WebClientFiles).Assembly;
        var files = new Dictionary<string, StaticFile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var name = resource[ResourcePrefix.Length..];
            files[name] = new StaticFile(ContentType(name), memory.ToArray());
        }
        if (!files.ContainsKey("index.html"))
            throw new InvalidOperationException("The web client's index.html is not embedded in ActorMoo.Net; check the project's EmbeddedResource items.");
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Task Serve(HttpContext context, StaticFile file)
    {
        var headers = context.Response.Headers;
        headers.ContentType = file.ContentType;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.ContentLength = file.Content.Length;
        return context.Response.Body.WriteAsync(file.Content, context.RequestAborted).AsTask();
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    /// <summary>One file: its content type and bytes.</summary>
    private sealed record StaticFile(string ContentType, byte[] Content);
}
