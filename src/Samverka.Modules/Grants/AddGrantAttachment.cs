using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants;

/// <summary>An applicant attaches a file (activity plan, budget, annual report and accounts) to its application,
/// stored in the database. At most <see cref="MaxBytes"/> bytes, and only PDF, Word, Excel, OpenDocument or text.</summary>
public sealed class AddGrantAttachment(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
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

    public async Task<Guid> HandleAsync(Guid applicationId, GrantAttachmentKind? kind, string? fileName, Stream content, long length, Actor actor, CancellationToken cancellationToken = default)
    {
        var application = await store.FindApplicationAsync(applicationId, actor, cancellationToken);
        if (application is null) throw new GrantNotFoundException("No such application.");
        if (!GrantsStore.IsApplicant(actor) || application.OrganisationId != actor.OrganisationId)
            throw new AccessDeniedException("Only the applying organisation attaches files.");
        var source = $"application {application.DisplayNumber(application.ProgrammeYear!.Year)}";
        var problems = new List<InputProblem>();
        if (application.Status != GrantApplicationStatus.Draft) problems.Add(new(source, null, "File", "the application is submitted; files are attached to a draft"));
        if (kind is null) problems.Add(new(source, null, "Kind", "is required"));
        var name = CheckFile(source, fileName, length, problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var bytes = await ReadAsync(content, source, cancellationToken);
        var attachment = new GrantAttachment
        {
            Id = Guid.NewGuid(), ApplicationId = application.Id, Kind = kind!.Value, FileName = name, ContentType = Types[Path.GetExtension(name)],
            Size = bytes.Length, Content = bytes, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.GrantAttachments.Add(attachment);
        audit.Add(actor, AuditActions.Create, nameof(GrantAttachment), attachment.Id.ToString(), $"{source}: {kind} {name} ({attachment.Size} bytes)");
        await db.SaveChangesAsync(cancellationToken);
        return attachment.Id;
    }

    /// <summary>Checks a file's name and length, adding problems on the field <c>File</c>; returns the file name
    /// without any path.</summary>
    internal static string CheckFile(string source, string? fileName, long length, List<InputProblem> problems)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0 || length == 0) problems.Add(new(source, null, "File", "choose a file"));
        else if (!Types.TryGetValue(Path.GetExtension(name), out _)) problems.Add(new(source, null, "File", "the file must be PDF, Word (docx), Excel (xlsx), OpenDocument (odt, ods), text or CSV"));
        else if (length > MaxBytes) problems.Add(new(source, null, "File", "the file is larger than 5 MB"));
        else if (name.Length > 200) problems.Add(new(source, null, "File", "the file name must be at most 200 characters"));
        return name;
    }

    /// <summary>Reads a checked file's bytes, refusing more than <see cref="MaxBytes"/> whatever the length said.</summary>
    internal static async Task<byte[]> ReadAsync(Stream content, string source, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes) throw new InputProblemsException(new InputProblem(source, null, "File", "the file is larger than 5 MB"));
        return buffer.ToArray();
    }
}
