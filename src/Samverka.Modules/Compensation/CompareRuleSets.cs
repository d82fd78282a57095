using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Rules.Compensation;

namespace Samverka.Modules.Compensation;

/// <summary>What-if: the same children under two rule sets over a period, past or projected (open enrollments go on and
/// children age month by month until they leave the age bands): totals, the difference per provider, the transition
/// months paid (both providers paid during a window), and each provider's monthly income under both.</summary>
public sealed class CompareRuleSets(SamverkaDbContext db, CompensationAccess access)
{
    public const int MaxMonths = 240;

    public sealed record ProviderComparison(Guid ProviderId, string ProviderName, IReadOnlyList<decimal> MonthlyA, IReadOnlyList<decimal> MonthlyB,
        decimal TransitionA, decimal TransitionB, DoublePaymentCost DoublePaymentA, DoublePaymentCost DoublePaymentB)
    {
        public decimal TotalA => MonthlyA.Sum();

        public decimal TotalB => MonthlyB.Sum();

        public decimal Difference => TotalB - TotalA;
    }

    /// <summary>The comparison. <c>DoublePaymentA</c>: transition months paid under A to a provider the child has left
    /// while it is enrolled at another provider (<see cref="DoublePayment"/>), and their cost; <c>DoublePaymentB</c> the same under B.</summary>
    public sealed record Result(string RuleSetA, string RuleSetB, IReadOnlyList<string> Months, IReadOnlyList<ProviderComparison> Providers,
        DoublePaymentCost DoublePaymentA, DoublePaymentCost DoublePaymentB)
    {
        public decimal DoublePaymentDifference => DoublePaymentB.Amount - DoublePaymentA.Amount;


        public decimal TotalA => Providers.Sum(p => p.TotalA);

        public decimal TotalB => Providers.Sum(p => p.TotalB);

        public decimal TransitionA => Providers.Sum(p => p.TransitionA);

        public decimal TransitionB => Providers.Sum(p => p.TransitionB);
    }

    public async Task<Result> HandleAsync(Guid ruleSetA, Guid ruleSetB, CalendarMonth from, CalendarMonth to, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.MunicipalityUserAsync(actor, cancellationToken);
        var problems = new List<InputProblem>();
        if (from > to) problems.Add(new InputProblem("what-if", null, "From", $"{from} is after {to}"));
        else if (to.MonthsSince(from) >= MaxMonths) problems.Add(new InputProblem("what-if", null, "To", $"at most {MaxMonths} months at a time"));
        var sets = await db.Set<StoredRuleSet>().AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Bands)
            .Where(r => r.MunicipalityId == tenant.MunicipalityId && (r.Id == ruleSetA || r.Id == ruleSetB)).ToListAsync(cancellationToken);
        var a = sets.FirstOrDefault(r => r.Id == ruleSetA);
        var b = sets.FirstOrDefault(r => r.Id == ruleSetB);
        if (a is null) problems.Add(new InputProblem("what-if", null, "A", "choose a rule set"));
        if (b is null) problems.Add(new InputProblem("what-if", null, "B", "choose a rule set"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var facts = await new PaymentMonthCalculator(db).FactsAsync(tenant.MunicipalityId, cancellationToken);
        var months = CalendarMonth.Range(from, to).ToList();
        // The totals engine, not the lines: the what-if answers as the user changes a field (docs/performance.md).
        var columns = EnrollmentColumns.From(facts.Enrollments);
        var totalsA = CompensationTotalsEngine.Calculate(columns, a!.ToRules(), from, to);
        var totalsB = CompensationTotalsEngine.Calculate(columns, b!.ToRules(), from, to);
        var providers = facts.Providers.Values
            .Select(p => (Provider: p, Index: IndexOf(columns.ProviderIds, p.OrganisationNumber)))
            .Where(p => p.Index >= 0)
            .Select(p => new ProviderComparison(p.Provider.Id, p.Provider.Name,
                Series(totalsA, p.Index), Series(totalsB, p.Index),
                Transition(totalsA, p.Index), Transition(totalsB, p.Index),
                DoublePaid(totalsA, p.Index), DoublePaid(totalsB, p.Index)))
            .Where(p => p.TotalA != 0 || p.TotalB != 0)
            .OrderBy(p => p.ProviderName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList();
        return new Result(a.Name, b.Name, months.Select(m => m.ToString()).ToList(), providers,
            providers.Aggregate(DoublePaymentCost.None, (sum, p) => sum.Add(p.DoublePaymentA)),
            providers.Aggregate(DoublePaymentCost.None, (sum, p) => sum.Add(p.DoublePaymentB)));
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
            if (ids[i] == id) return i;
        return -1;
    }

    private static List<decimal> Series(CompensationTotals totals, int provider) =>
        Enumerable.Range(0, totals.MonthCount).Select(m => totals.OrdinaryAmount(m, provider) + totals.TransitionAmount(m, provider)).ToList();

    private static decimal Transition(CompensationTotals totals, int provider) =>
        Enumerable.Range(0, totals.MonthCount).Sum(m => totals.TransitionAmount(m, provider));

    private static DoublePaymentCost DoublePaid(CompensationTotals totals, int provider) =>
        Enumerable.Range(0, totals.MonthCount).Aggregate(DoublePaymentCost.None, (sum, m) => sum.Add(totals.DoublePayment(m, provider)));
}
