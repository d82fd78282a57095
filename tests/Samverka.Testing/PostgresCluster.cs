using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Samverka.Testing;

/// <summary>A throwaway PostgreSQL cluster: initdb into a temp folder, pg_ctl start on a free loopback port,
/// removed on dispose. Uses the installed server binaries (Debian's postgresql package).</summary>
/// <remarks>initdb refuses to run as root, so as root the server runs as the <c>postgres</c> user through
/// <c>runuser</c>. When the binaries are missing, <see cref="UnavailableReason"/> says so and tests skip
/// with that reason: they are reported as skipped, never passed.</remarks>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _binDirectory;
    private readonly bool _asPostgresUser;
    private int _databases;

    private PostgresCluster(string directory, string binDirectory, bool asPostgresUser, int port)
    {
        _directory = directory;
        _binDirectory = binDirectory;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Why no cluster can be started here, or null when the binaries are present.</summary>
    public static string? UnavailableReason => FindBinDirectory() is null
        ? "PostgreSQL server binaries (initdb, pg_ctl) were not found: install Debian's postgresql package."
        : null;

    /// <summary>A connection string to the maintenance database.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false;Timeout=30";

    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(UnavailableReason);
        var asPostgres = Environment.UserName == "root" || geteuid() == 0;
        var dir = Path.Combine(Path.GetTempPath(), "samverka-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        if (asPostgres)
        {
            // The postgres user must own the folder and be able to reach it through /tmp.
            await RunAsync("chown", ["postgres:postgres", dir], asUser: null);
        }
        var port = FreePort();
        var cluster = new PostgresCluster(dir, bin, asPostgres, port);
        var data = Path.Combine(dir, "data");
        await cluster.RunPgAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await cluster.RunPgAsync("pg_ctl", ["-D", data, "-l", Path.Combine(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
        return cluster;
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var name = $"{prefix ?? "samverka"}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Timeout=30";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            await RunPgAsync("pg_ctl", ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"]);
        }
        catch (Exception)
        {
            // Best effort: the folder is removed below either way.
        }
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private Task RunPgAsync(string tool, string[] args) =>
        RunAsync(Path.Combine(_binDirectory, tool), args, _asPostgresUser ? "postgres" : null);

    private static async Task RunAsync(string file, string[] args, string? asUser)
    {
        var start = new ProcessStartInfo
        {
            FileName = asUser is null ? file : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            foreach (var a in new[] { "-u", asUser, "--", file }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
    }

    private static string? FindBinDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SAMVERKA_PG_BIN");
        if (fromEnv is not null && System.IO.File.Exists(Path.Combine(fromEnv, "initdb"))) return fromEnv;
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => System.IO.File.Exists(Path.Combine(b, "initdb")) && System.IO.File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault();
            if (newest is not null) return newest;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            if (System.IO.File.Exists(Path.Combine(dir, "initdb")) && System.IO.File.Exists(Path.Combine(dir, "pg_ctl"))) return dir;
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();
}
