using System.Diagnostics;
using Samverka.Testing;

namespace Samverka.Web.Tests;

/// <summary>Validates a pain.001.001.03 file against the ISO 20022 schema in /work/shared/schemas with xmllint.</summary>
public static class Pain001Schema
{
    public static async Task ValidateAsync(byte[] file, CancellationToken cancellationToken)
    {
        const string xmllint = "/usr/bin/xmllint";
        if (!File.Exists(xmllint)) Assert.Skip($"{xmllint} is not installed, so the file cannot be validated against the schema.");
        var path = Path.Combine(Path.GetTempPath(), $"pain001-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(path, file, cancellationToken);
        try
        {
            var start = new ProcessStartInfo(xmllint) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "--noout", "--schema", RepositoryPaths.SharedFile("schemas", "iso20022", "pain.001.001.03.xsd"), path }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            Assert.True(process.ExitCode == 0, errors);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
