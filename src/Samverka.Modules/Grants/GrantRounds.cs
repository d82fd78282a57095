using Samverka.Kernel;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>The round of a programme year as the rule engine's <see cref="GrantRound"/>.</summary>
public static class GrantRounds
{
    /// <summary>Throws <see cref="ClosedRoundCannotChangeException"/> when the round is closed: a closed round never changes.</summary>
    public static void RefuseIfClosed(GrantProgrammeYear year)
    {
        if (year.ClosedAt is null) return;
        throw new ClosedRoundCannotChangeException(year.RoundId(year.Programme!),
            new Decision(year.ClosedByBody ?? "", year.ClosedByDate ?? default, year.ClosedByReference ?? "", year.ClosedByTitle ?? ""));
    }
}
