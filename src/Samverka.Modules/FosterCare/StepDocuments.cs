using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Platform;

namespace Samverka.Modules.FosterCare;

/// <summary>The unit's staff keep a document (references, a register extract, the home study's assessment) on a step of
/// one of the unit's homes. The file is checked as every upload is (<see cref="UploadedFiles"/>); a step that is not the
/// home's is refused on the field <c>StepId</c>; nothing is written unless all is well.</summary>
public sealed class AddStepDocument(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>The new document's id, or <c>null</c> when the unit has no such home.</summary>
    public async Task<Guid?> HandleAsync(Guid homeId, Guid? stepId, string? fileName, Stream content, long length, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        var home = await db.Set<FosterHomeRecord>().AsNoTracking().Include(h => h.Steps)
            .SingleOrDefaultAsync(h => h.Id == homeId && h.UnitId == unit.UnitId, cancellationToken);
        if (home is null) return null;
        var source = $"home {home.Code}";
        var problems = new List<InputProblem>();
        var step = home.Steps.SingleOrDefault(s => s.Id == stepId);
        if (stepId is null) problems.Add(new(source, null, "StepId", "Choose the step the document belongs to."));
        else if (step is null) problems.Add(new(source, null, "StepId", "the step is not one of this home's steps"));
        var name = UploadedFiles.Check(source, fileName, length, problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var bytes = await UploadedFiles.ReadAsync(content, name, source, cancellationToken);
        var document = new FosterHomeStepDocumentRecord
        {
            Id = Guid.NewGuid(), StepId = step!.Id, FileName = name, ContentType = UploadedFiles.ContentType(name), Size = bytes.Length, Content = bytes,
            UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = actor.UserName,
        };
        db.Add(document);
        audit.Add(actor, AuditActions.Create, "FosterHomeStepDocument", document.Id.ToString(), $"{home.Code}: {step.State} {step.Date:yyyy-MM-dd}: {name} ({bytes.Length} bytes)");
        await db.SaveChangesAsync(cancellationToken);
        return document.Id;
    }
}

/// <summary>The documents of a home's steps, without their bytes (the unit's staff only; anyone else gets none).</summary>
public sealed class ListStepDocuments(SamverkaDbContext db, FosterCareAccess access)
{
    public sealed record Item(Guid Id, Guid StepId, string FileName, long Size, DateTime UploadedAt, string UploadedBy);

    /// <summary>The documents, or null when the actor is not the unit's staff or the home is not the unit's.</summary>
    public async Task<IReadOnlyList<Item>?> FindAsync(Guid homeId, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsStaff: true } || !await db.Set<FosterHomeRecord>().AnyAsync(h => h.Id == homeId && h.UnitId == unit.UnitId, cancellationToken)) return null;
        return await HandleAsync(homeId, actor, cancellationToken);
    }

    public async Task<IReadOnlyList<Item>> HandleAsync(Guid homeId, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsStaff: true }) return [];
        var steps = db.Set<FosterHomeStepRecord>().Where(s => s.HomeId == homeId)
            .Join(db.Set<FosterHomeRecord>().Where(h => h.UnitId == unit.UnitId), s => s.HomeId, h => h.Id, (s, h) => s.Id);
        return (await db.Set<FosterHomeStepDocumentRecord>().Where(d => steps.Contains(d.StepId))
                .Select(d => new Item(d.Id, d.StepId, d.FileName, d.Size, d.UploadedAt, d.UploadedBy)).ToListAsync(cancellationToken))
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.FileName, StringComparer.Ordinal).ToList();
    }
}

/// <summary>One step document's file, for the unit's staff; the read is audited (personal data).</summary>
public sealed class GetStepDocument(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public async Task<File?> HandleAsync(Guid homeId, Guid documentId, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsStaff: true }) return null;
        var found = await db.Set<FosterHomeStepDocumentRecord>().Where(d => d.Id == documentId)
            .Join(db.Set<FosterHomeStepRecord>(), d => d.StepId, s => s.Id, (d, s) => new { Document = d, s.HomeId })
            .Join(db.Set<FosterHomeRecord>(), x => x.HomeId, h => h.Id, (x, h) => new { x.Document, Home = h })
            .SingleOrDefaultAsync(x => x.Home.Id == homeId && x.Home.UnitId == unit.UnitId, cancellationToken);
        if (found is null) return null;
        await audit.WriteAsync(actor, AuditActions.Read, "FosterHomeStepDocument", found.Document.Id.ToString(), $"{found.Home.Code}: {found.Document.FileName}", cancellationToken);
        return new File(found.Document.FileName, found.Document.ContentType, found.Document.Content);
    }
}

/// <summary>The unit's staff delete a document of a home's step: the row and its bytes are gone (a wrongly filed
/// reference or register extract is personal data that must not stay), and the audit log keeps the record of it — the
/// home, the step, the file name, its size and who deleted it.</summary>
public sealed class DeleteStepDocument(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    /// <returns>False when the unit has no such document under that home (not found).</returns>
    public async Task<bool> HandleAsync(Guid homeId, Guid documentId, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        var found = await db.Set<FosterHomeStepDocumentRecord>().Where(d => d.Id == documentId)
            .Join(db.Set<FosterHomeStepRecord>(), d => d.StepId, s => s.Id, (d, s) => new { d.Id, d.FileName, d.Size, s.State, s.Date, s.HomeId })
            .Join(db.Set<FosterHomeRecord>(), x => x.HomeId, h => h.Id, (x, h) => new { x.Id, x.FileName, x.Size, x.State, x.Date, h.Code, HomeId = h.Id, h.UnitId })
            .SingleOrDefaultAsync(x => x.HomeId == homeId && x.UnitId == unit.UnitId, cancellationToken);
        if (found is null) return false;
        db.Remove(new FosterHomeStepDocumentRecord { Id = found.Id });
        audit.Add(actor, AuditActions.Delete, "FosterHomeStepDocument", found.Id.ToString(),
            $"{found.Code}: {found.State} {found.Date:yyyy-MM-dd}: {found.FileName} ({found.Size} bytes) deleted by {actor.UserName}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
