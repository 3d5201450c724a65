using ActorMoo.Host.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Node;

/// <summary>
/// The node's local state directory (<c>actormoo.storage.data-dir</c>, ACTORMOO_DATA_DIR) as a
/// full path, resolved once against the working directory. Persistence asks it for file paths
/// such as the SQLite database.
/// </summary>
public sealed partial class DataDirectory
{
    private readonly ILogger _logger;

    /// <summary>Resolves <see cref="StorageOptions.DataDir"/> against the host's content root (the working directory).</summary>
    public DataDirectory(IOptions<StorageOptions> storage, IHostEnvironment environment, ILogger<DataDirectory> logger)
        : this(Path.GetFullPath(storage.Value.DataDir, environment.ContentRootPath), logger)
    {
    }

    /// <summary>Uses <paramref name="fullPath"/> as the data directory.</summary>
    public DataDirectory(string fullPath, ILogger? logger = null)
    {
        FullPath = fullPath;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The directory's full path.</summary>
    public string FullPath { get; }

    /// <summary>The full path of <paramref name="relativePath"/> inside the data directory.</summary>
    public string GetPath(string relativePath) => Path.Combine(FullPath, relativePath);

    /// <summary>Creates the directory if it does not exist yet.</summary>
    /// <exception cref="NodeStartupException">It cannot be created (permissions, a file in the way, …).</exception>
    public void EnsureExists()
    {
        if (Directory.Exists(FullPath))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NodeStartupException(
                $"cannot create the data directory {FullPath} (actormoo.storage.data-dir, ACTORMOO_DATA_DIR): {e.Message}", e);
        }

        LogInformationCreated(_logger, FullPath);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the data directory {Path}")]
    private static partial void LogInformationCreated(ILogger logger, string path);
}
