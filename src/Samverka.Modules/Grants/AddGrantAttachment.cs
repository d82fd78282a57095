using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Platform;

namespace Samverka.Modules.Grants;

/// <summary>An applicant attaches a file (activity plan, budget, annual report and accounts) to its application,
/// stored in the database. At most <see cref="MaxBytes"/> bytes, and only PDF, Word, Excel, OpenDocument or text.</summary>
public sealed class AddGrantAttachment(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public const long MaxBytes = UploadedFiles.MaxBytes;

    /// <summary>The accepted types by file extension, with the content type stored.</summary>
    public static IReadOnlyDictionary<string, string> Types => UploadedFiles.Types;

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
        var name = UploadedFiles.Check(source, fileName, length, problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var bytes = await UploadedFiles.ReadAsync(content, name, source, cancellationToken);
        var attachment = new GrantAttachment
        {
            Id = Guid.NewGuid(), ApplicationId = application.Id, Kind = kind!.Value, FileName = name, ContentType = UploadedFiles.ContentType(name),
            Size = bytes.Length, Content = bytes, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.GrantAttachments.Add(attachment);
        audit.Add(actor, AuditActions.Create, nameof(GrantAttachment), attachment.Id.ToString(), $"{source}: {kind} {name} ({attachment.Size} bytes)");
        await db.SaveChangesAsync(cancellationToken);
        return attachment.Id;
    }
}
