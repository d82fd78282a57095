using Samverka.Kernel;

namespace Samverka.Modules.Platform;

/// <summary>The checks every uploaded document goes through, whichever module stores it (grant attachments and
/// follow-up reports, foster-home step documents): at most <see cref="MaxBytes"/> bytes, and only PDF, Word, Excel,
/// OpenDocument, text or CSV by the file's extension, with content that begins as that type does. Problems are on the
/// field <c>File</c>.</summary>
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
    /// the length said, and content that is not what the name's extension says (<see cref="ContentMatches"/>).</summary>
    public static async Task<byte[]> ReadAsync(Stream content, string checkedName, string source, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes) throw new InputProblemsException(new InputProblem(source, null, "File", "the file is larger than 5 MB"));
        if (buffer.Length == 0) throw new InputProblemsException(new InputProblem(source, null, "File", "choose a file"));
        var bytes = buffer.ToArray();
        if (!ContentMatches(checkedName, bytes)) throw new InputProblemsException(new InputProblem(source, null, "File", ContentMismatch));
        return bytes;
    }

    /// <summary>The problem of a file whose content is not what its extension says.</summary>
    public const string ContentMismatch = "the file's content does not match its type: a PDF must begin with %PDF-, Word, Excel and OpenDocument files are ZIP packages, text and CSV hold no binary data";

    /// <summary>Whether the bytes begin as a file of the name's type does: a PDF with <c>%PDF-</c>; Word, Excel and
    /// OpenDocument files (ZIP packages) with <c>PK 03 04 (hex)</c>; text and CSV hold no NUL byte and do not begin as a
    /// PDF or ZIP does. A renamed program or archive is refused; the check is of the start, not a full parse.</summary>
    public static bool ContentMatches(string checkedName, ReadOnlySpan<byte> bytes) => Path.GetExtension(checkedName).ToLowerInvariant() switch
    {
        ".pdf" => bytes.StartsWith(Pdf),
        ".docx" or ".xlsx" or ".odt" or ".ods" => bytes.StartsWith(Zip),
        ".txt" or ".csv" => !bytes.StartsWith(Pdf) && !bytes.StartsWith(Zip) && !bytes.Contains((byte)0),
        _ => false,
    };

    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    private static ReadOnlySpan<byte> Zip => [(byte)'P', (byte)'K', 3, 4];
}
