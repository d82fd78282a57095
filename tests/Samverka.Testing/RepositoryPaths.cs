using System.Reflection;

namespace Samverka.Testing;

/// <summary>Where the repository and its neighbour <c>../shared</c> are, wherever the test output lands.</summary>
/// <remarks>Directory.Build.props stamps every test assembly with <c>AssemblyMetadata("RepositoryRoot", …)</c>.</remarks>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The steering repository's shared folder (schemas, specs), beside the project's checkout.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        foreach (var assembly in new[] { Assembly.GetEntryAssembly(), Assembly.GetCallingAssembly(), Assembly.GetExecutingAssembly() })
        {
            var root = assembly?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
            if (root is not null && Directory.Exists(root)) return Path.GetFullPath(root);
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Samverka.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (no RepositoryRoot metadata and no Samverka.slnx above the test output).");
    }
}
