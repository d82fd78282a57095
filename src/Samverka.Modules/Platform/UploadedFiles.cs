using Samverka.Kernel;

namespace Samverka.Modules.Platform;

/// <summary>The checks every uploaded document goes through, whichever module stores it (grant attachments and
/// follow-up reports, foster-home step documents): at most <see cref="MaxBytes"/> bytes, and only PDF, Word, Excel,
/// OpenDocument, text or CSV by the file's extension. Problems are on the field <c>File</c>.</summary>
public static class UploadedFiles
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The accepted types by file extension, with the content type stored.</summary>
    public static IReadOnlyDictionary<string, string> Types { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
    };

    /// <summary>Checks a file's name and length, adding problems on the field <c>File</c>; returns the file name
    /// without any path.</summary>
    public static string Check(string source, string? fileName, long length, List<InputProblem> problems)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0 || length == 0) problems.Add(new(source, null, "File", "choose a file"));
        else if (!Types.TryGetValue(Path.GetExtension(name), out _)) problems.Add(new(source, null, "File", "the file must be PDF, Word (docx), Excel (xlsx), OpenDocument (odt, ods), text or CSV"));
        else if (length > MaxBytes) problems.Add(new(source, null, "File", "the file is larger than 5 MB"));
        else if (name.Length > 200) problems.Add(new(source, null, "File", "the file name must be at most 200 characters"));
        return name;
    }

    /// <summary>The content type stored for a checked file name.</summary>
    public static string ContentType(string checkedName) => Types[Path.GetExtension(checkedName)];

    /// <summary>Reads a checked file's bytes, refusing more than <see cref="MaxBytes"/> (or nothing at all) whatever
    /// the length said.</summary>
    public static async Task<byte[]> ReadAsync(Stream content, string source, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes) throw new InputProblemsException(new InputProblem(source, null, "File", "the file is larger than 5 MB"));
        if (buffer.Length == 0) throw new InputProblemsException(new InputProblem(source, null, "File", "choose a file"));
        return buffer.ToArray();
    }
}
