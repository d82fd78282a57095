using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>One programme year's parameters as the rule engine reads them, and where "now" is relative to its window.</summary>
public sealed class GetProgrammeYear(GrantsStore store, TimeProvider clock)
{
    public sealed record Details(Guid Id, Guid ProgrammeId, string ProgrammeName, ProgrammeYear Rule, WindowPosition Window, bool Closed,
        string? ClosedBy, string RoundId);

    public async Task<Details?> HandleAsync(Guid programmeYearId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await store.FindYearAsync(programmeYearId, actor, cancellationToken) is not { } y) return null;
        var rule = GrantsStore.ToRule(y);
        return new Details(y.Id, y.ProgrammeId, y.Programme!.Name, rule, rule.Window.PositionOf(clock.GetUtcNow()), y.ClosedAt is not null,
            y.ClosedByReference is null ? null : $"{y.ClosedByBody} {y.ClosedByDate:yyyy-MM-dd} {y.ClosedByReference}", y.RoundId(y.Programme));
    }
}
