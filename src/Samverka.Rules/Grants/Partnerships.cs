using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.Grants;

/// <summary>A party of a partnership (IOP, idéburet offentligt partnerskap).</summary>
public enum PartnershipParty
{
    /// <summary>The municipality (kommunen).</summary>
    Municipality,

    /// <summary>The non-profit organisation (the partner).</summary>
    Partner,
}

/// <summary>What a party contributes.</summary>
public enum ContributionKind
{
    /// <summary>Money for the year (SEK). The municipality's money is a commitment in a programme's budget ledger.</summary>
    Money,

    /// <summary>Premises, valued in SEK for the year.</summary>
    Premises,

    /// <summary>Staff time: hours in the year and their value in SEK.</summary>
    StaffTime,
}

/// <summary>One party's contribution for one year of a partnership.</summary>
/// <param name="Year">The year the contribution is for.</param>
/// <param name="Party">Who contributes.</param>
/// <param name="Kind">Money, premises or staff time.</param>
/// <param name="Value">SEK, whole öre, not negative; for money the amount, for premises and staff time their value.</param>
/// <param name="Hours">For staff time: the hours in the year (above zero); otherwise null.</param>
/// <param name="Description">What it is, e.g. "Lokal på Storgatan 3, 120 m²".</param>
public sealed record Contribution(int Year, PartnershipParty Party, ContributionKind Kind, decimal Value, decimal? Hours, string Description);

/// <summary>An indicator the parties agreed to follow: a name, a unit and a target per year.</summary>
/// <param name="Name">E.g. "Deltagare i läxhjälpen".</param>
/// <param name="Unit">E.g. "personer".</param>
/// <param name="Target">The target per year.</param>
public sealed record AgreedIndicator(string Name, string Unit, decimal Target);

/// <summary>The rules of a partnership agreement (IOP): reading its contributions and indicators, checking them against
/// the term, and committing the municipality's money in the budget ledger of a grant programme.</summary>
/// <remarks>The municipality's money per year is a <see cref="LedgerEntryKind.Commitment"/> with the agreement's
/// reference (<c>IOP-…</c>) in the same ledger grants are decided in, so the ledger's rule that no year goes below zero
/// holds for IOP money and grant decisions together. An agreement is refused, all or nothing, when its money in any year
/// exceeds what is left in that year.</remarks>
public static class PartnershipRules
{
    /// <summary>The prefix of every partnership's ledger reference.</summary>
    public const string ReferencePrefix = "IOP-";

    /// <summary>Reads contribution lines <c>year; party; kind; value; hours; description</c> (party: kommun or
    /// partner; kind: pengar, lokaler or personal; hours only for staff time; decimal comma or point; spaces in numbers
    /// allowed). Every bad line is a problem naming <paramref name="source"/>, the line and the field.</summary>
    public static IReadOnlyList<Contribution> ReadContributions(string source, string field, string? text, List<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var result = new List<Contribution>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var number = i + 1;
            var parts = line.Split(';').Select(p => p.Trim()).ToArray();
            if (parts.Length < 4)
            {
                problems.Add(new InputProblem(source, number, field, "write year; party; kind; value; hours; description, e.g. 2027; kommun; pengar; 400000;; Verksamhetsbidrag"));
                continue;
            }
            var before = problems.Count;
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 9999)
                problems.Add(new InputProblem(source, number, field, $"'{parts[0]}' is not a year"));
            PartnershipParty? party = parts[1].ToLowerInvariant() switch
            {
                "kommun" or "kommunen" or "municipality" => PartnershipParty.Municipality,
                "partner" or "förening" or "föreningen" or "organisation" => PartnershipParty.Partner,
                _ => null,
            };
            if (party is null) problems.Add(new InputProblem(source, number, field, $"'{parts[1]}' is not a party: write kommun or partner"));
            ContributionKind? kind = parts[2].ToLowerInvariant() switch
            {
                "pengar" or "money" => ContributionKind.Money,
                "lokaler" or "lokal" or "premises" => ContributionKind.Premises,
                "personal" or "personaltid" or "staff" or "staff time" => ContributionKind.StaffTime,
                _ => null,
            };
            if (kind is null) problems.Add(new InputProblem(source, number, field, $"'{parts[2]}' is not a kind: write pengar, lokaler or personal"));
            var value = Number(parts[3]);
            if (value is null) problems.Add(new InputProblem(source, number, field, $"'{parts[3]}' is not an amount in kronor"));
            else if (value < 0) problems.Add(new InputProblem(source, number, field, $"the value {Sv.Kr(value.Value)} is negative"));
            else if (value != Math.Round(value.Value, 2)) problems.Add(new InputProblem(source, number, field, $"the value {parts[3]} is not a whole number of öre"));
            decimal? hours = null;
            var hoursText = parts.Length > 4 ? parts[4] : "";
            if (hoursText.Length > 0)
            {
                hours = Number(hoursText);
                if (hours is null) problems.Add(new InputProblem(source, number, field, $"'{hoursText}' is not a number of hours"));
            }
            if (kind == ContributionKind.StaffTime && (hours is null or <= 0) && problems.Count == before)
                problems.Add(new InputProblem(source, number, field, "staff time needs its hours in the year (above zero)"));
            if (kind is ContributionKind.Money or ContributionKind.Premises && hoursText.Length > 0)
                problems.Add(new InputProblem(source, number, field, "only staff time has hours"));
            if (kind == ContributionKind.Money && party == PartnershipParty.Municipality && value == 0)
                problems.Add(new InputProblem(source, number, field, "the municipality's money for a year is above zero"));
            var description = parts.Length > 5 ? string.Join("; ", parts[5..]).Trim() : "";
            if (description.Length > 300) problems.Add(new InputProblem(source, number, field, "the description must be at most 300 characters"));
            if (problems.Count == before) result.Add(new Contribution(year, party!.Value, kind!.Value, value!.Value, hours, description));
        }
        return result;
    }

    /// <summary>Reads indicator lines <c>name; unit; target</c>.</summary>
    public static IReadOnlyList<AgreedIndicator> ReadIndicators(string source, string field, string? text, List<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var result = new List<AgreedIndicator>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(';').Select(p => p.Trim()).ToArray();
            if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                problems.Add(new InputProblem(source, i + 1, field, "write name; unit; target, e.g. Deltagare i läxhjälpen; personer; 40"));
                continue;
            }
            if (Number(parts[2]) is not { } target) problems.Add(new InputProblem(source, i + 1, field, $"'{parts[2]}' is not a number"));
            else if (parts[0].Length > 200 || parts[1].Length > 60) problems.Add(new InputProblem(source, i + 1, field, "the name is at most 200 and the unit at most 60 characters"));
            else if (result.Any(r => string.Equals(r.Name, parts[0], StringComparison.OrdinalIgnoreCase)))
                problems.Add(new InputProblem(source, i + 1, field, $"'{parts[0]}' is agreed twice"));
            else result.Add(new AgreedIndicator(parts[0], parts[1], target));
        }
        return result;
    }

    /// <summary>Checks the term and that every contribution falls in a year of it.</summary>
    public static void CheckTerm(string source, DateOnly from, DateOnly to, IReadOnlyList<Contribution> contributions, List<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        ArgumentNullException.ThrowIfNull(problems);
        if (to < from)
        {
            problems.Add(new InputProblem(source, null, "To", $"the term ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})"));
            return;
        }
        foreach (var year in contributions.Select(c => c.Year).Distinct().Order())
        {
            if (year < from.Year || year > to.Year)
                problems.Add(new InputProblem(source, null, "Contributions", string.Create(CultureInfo.InvariantCulture,
                    $"{year} is outside the term {from:yyyy-MM-dd} – {to:yyyy-MM-dd}")));
        }
    }

    /// <summary>The municipality's money per year, ascending by year.</summary>
    public static IReadOnlyList<YearAmount> MunicipalMoney(IEnumerable<Contribution> contributions) =>
        contributions.Where(c => c.Party == PartnershipParty.Municipality && c.Kind == ContributionKind.Money)
            .GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g => new YearAmount(g.Key, g.Sum(c => c.Value))).ToList();

    /// <summary>What one party contributes in one year, in Swedish: <c>2027: kommunen 400 000 kr pengar + 120 000 kr
    /// lokaler + 80 000 kr personaltid (200 timmar) = 600 000 kr</c>.</summary>
    public static string Explain(IEnumerable<Contribution> contributions, int year, PartnershipParty party)
    {
        var parts = contributions.Where(c => c.Year == year && c.Party == party).ToList();
        var who = party == PartnershipParty.Municipality ? "kommunen" : "partnern";
        if (parts.Count == 0) return string.Create(CultureInfo.InvariantCulture, $"{year}: {who} bidrar inte.");
        var terms = string.Join(" + ", parts.Select(c => c.Kind switch
        {
            ContributionKind.Money => $"{Sv.Kr(c.Value)} pengar",
            ContributionKind.Premises => $"{Sv.Kr(c.Value)} lokaler",
            _ => $"{Sv.Kr(c.Value)} personaltid ({Sv.Number(c.Hours ?? 0, (c.Hours ?? 0) == Math.Round(c.Hours ?? 0) ? 0 : 1)} timmar)",
        }));
        return string.Create(CultureInfo.InvariantCulture, $"{year}: {who} {terms} = {Sv.Kr(parts.Sum(c => c.Value))}");
    }

    /// <summary>The ledger entries that commit the municipality's <paramref name="money"/> under <paramref name="reference"/>,
    /// checked against <paramref name="ledger"/>: each year must have a budget and enough left (seen from no round: every
    /// decision is a commitment). Problems name field <c>Contributions</c>; none are added when the entries fit.</summary>
    public static IReadOnlyList<LedgerEntry> Commit(BudgetLedger ledger, string reference, Decision decision, IReadOnlyList<YearAmount> money, List<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(money);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        foreach (var m in money)
        {
            var year = ledger.Year(m.Year);
            if (!year.HasPot)
                problems.Add(new InputProblem(ledger.Source, null, "Contributions", string.Create(CultureInfo.InvariantCulture,
                    $"{m.Year}: the programme has no budget for {m.Year}, so the municipality's {Sv.Kr(m.Amount)} cannot be committed; record the year's budget first")));
            else if (m.Amount > year.Remaining)
                problems.Add(new InputProblem(ledger.Source, null, "Contributions", string.Create(CultureInfo.InvariantCulture,
                    $"{m.Year}: the municipality's {Sv.Kr(m.Amount)} exceeds the {Sv.Kr(year.Remaining)} remaining in the programme's budget by {Sv.Kr(m.Amount - year.Remaining)}")));
        }
        if (problems.Count > before) return [];
        var entries = money.Select(m => new LedgerEntry(m.Year, LedgerEntryKind.Commitment, m.Amount, decision.Date, decision) { Reference = reference }).ToList();
        foreach (var p in ledger.Check(entries)) problems.Add(p with { Field = "Contributions" });
        return problems.Count > before ? [] : entries;
    }

    /// <summary>The partnership (IOP) commitments of <paramref name="year"/> in the ledger: commitments whose reference
    /// starts with <see cref="ReferencePrefix"/>.</summary>
    public static decimal Commitments(BudgetLedger ledger, int year)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.Entries.Where(e => e.Year == year && e.Kind == LedgerEntryKind.Commitment && e.Reference?.StartsWith(ReferencePrefix, StringComparison.Ordinal) == true)
            .Sum(e => e.Amount);
    }

    /// <summary>Whether an indicator value may be reported for <paramref name="year"/>: a year of the term.</summary>
    public static bool InTerm(DateOnly from, DateOnly to, int year) => year >= from.Year && year <= to.Year;

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}
