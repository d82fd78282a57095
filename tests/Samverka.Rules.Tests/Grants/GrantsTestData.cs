using Samverka.Kernel;
using Samverka.Rules.Grants;

namespace Samverka.Rules.Tests.Grants;

/// <summary>The year the tests run: the operating-grant programme for 2027, applied for in April-May 2026 and decided in November 2026.</summary>
internal static class GrantsTestData
{
    public static readonly Decision Adopted = new("Socialnämnden", new DateOnly(2026, 2, 18), "SN 2026-02-18 § 12", "Verksamhetsbidrag 2027");
    public static readonly Decision Cut = new("Socialnämnden", new DateOnly(2026, 9, 16), "SN 2026-09-16 § 87", "Budgetminskning");
    public static readonly Decision Committee = new("Socialnämnden", new DateOnly(2026, 11, 19), "SN 2026-11-19 § 110", "Föreningsbidrag 2027");
    public static readonly Decision Earlier = new("Socialnämnden", new DateOnly(2025, 11, 20), "SN 2025-11-20 § 101", "Föreningsbidrag 2026");

    public static readonly AssessmentCriterion TargetGroup = new("target_group", "Målgrupp", 0.5m);
    public static readonly AssessmentCriterion Method = new("method", "Metod", 0.3m);
    public static readonly AssessmentCriterion Priority = new("priority", "Prioriterat område", 0.2m);

    public static ProgrammeYear Operating(int maxYears = 3, decimal pot = 10_000_000m) => new(
        ProgrammeId: "verksamhetsbidrag",
        Kind: GrantKind.Operating,
        Year: 2027,
        Pot: pot,
        Window: ApplicationWindow.FromStockholm(new DateTime(2026, 4, 1, 0, 0, 0), new DateTime(2026, 6, 1, 0, 0, 0)),
        DecisionDate: new DateOnly(2026, 11, 19),
        PriorityAreas: ["Barn och unga", "Psykisk hälsa"],
        Criteria: [TargetGroup, Method, Priority],
        CapPerYear: 1_000_000m,
        DirectlyEligibleForms: new HashSet<OrganisationForm> { OrganisationForm.NonProfitAssociation },
        FormsEligibleAfterAssessment: new HashSet<OrganisationForm> { OrganisationForm.Foundation },
        MaxYears: maxYears,
        Decision: Adopted);

    /// <summary>An instant in Stockholm wall-clock time.</summary>
    public static DateTimeOffset Stockholm(int y, int mo, int d, int h = 12, int mi = 0, int s = 0) =>
        ApplicationWindow.FromStockholmWallClock(new DateTime(y, mo, d, h, mi, s));

    public static GrantApplication Application(string id, OrganisationForm form = OrganisationForm.NonProfitAssociation, params decimal[] amounts) =>
        new(id, "verksamhetsbidrag", 2027, "org-" + id, form, Stockholm(2026, 5, 10),
            amounts.Length == 0 ? [new YearAmount(2027, 400_000m)] : amounts.Select((a, i) => new YearAmount(2027 + i, a)).ToList());

    public static IReadOnlyList<YearAmount> Years(params decimal[] amounts) => amounts.Select((a, i) => new YearAmount(2027 + i, a)).ToList();

    /// <summary>A ledger with pots for 2027-2029, each the same.</summary>
    public static BudgetLedger LedgerWithPots(decimal pot = 10_000_000m, int from = 2027, int to = 2029) =>
        BudgetLedger.Empty("verksamhetsbidrag").Add(Enumerable.Range(from, to - from + 1)
            .Select(y => new LedgerEntry(y, LedgerEntryKind.PotSet, pot, Adopted.Date, Adopted)));
}
