using System.Reflection;

namespace Samverka.Cli.Tests;

/// <summary>Runs <c>samverka</c> in-process, as the command line would, and captures its output.</summary>
internal static class CliRunner
{
    /// <summary>Runs the command with <paramref name="args"/>; returns the exit code, standard output and standard error.</summary>
    public static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = await SamverkaCli.RunAsync(args, new CliContext(output, error, TimeProvider.System));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The repository's root folder (for docs/examples and other sample files).</summary>
    public static string RepositoryRoot { get; } =
        typeof(CliRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}

/// <summary>A temporary folder for a test's input and output files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"samverka-test-{Guid.NewGuid():N}");

    /// <summary>Writes <paramref name="text"/> to a file in the folder and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = this[name];
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The full path of a file in the folder.</summary>
    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
