using System.Diagnostics;

namespace Samverka.Testing;

/// <summary>Checks a pain.001.001.03 file against the ISO 20022 schema in the shared schemas folder with xmllint.</summary>
public static class Pain001Schema
{
    public const string Xmllint = "/usr/bin/xmllint";

    /// <summary>Why the check cannot run here, or null.</summary>
    public static string? UnavailableReason => File.Exists(Xmllint) ? null : $"{Xmllint} is not installed, so the file cannot be validated against the schema.";

    /// <summary>xmllint's complaints, or null when the file is valid.</summary>
    public static async Task<string?> ErrorsAsync(byte[] file, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pain001-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(path, file, cancellationToken);
        try
        {
            var start = new ProcessStartInfo(Xmllint) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "--noout", "--schema", RepositoryPaths.SharedFile("schemas", "iso20022", "pain.001.001.03.xsd"), path }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? null : errors;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
