using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants;

/// <summary>An attachment's file, for those who may see its application; the read is audited.</summary>
public sealed class GetGrantAttachment(SamverkaDbContext db, GrantsStore store, AuditLog audit)
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public async Task<File?> HandleAsync(Guid applicationId, Guid attachmentId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await store.FindApplicationAsync(applicationId, actor, cancellationToken) is null) return null;
        var a = await db.GrantAttachments.SingleOrDefaultAsync(x => x.Id == attachmentId && x.ApplicationId == applicationId, cancellationToken);
        if (a is null) return null;
        await audit.WriteAsync(actor, AuditActions.Read, nameof(GrantAttachment), a.Id.ToString(), a.FileName, cancellationToken);
        return new File(a.FileName, a.ContentType, a.Content);
    }
}
