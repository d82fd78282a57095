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
        var resultA = CompensationCalculator.Calculate(facts.Enrollments, a!.ToRules(), from, to);
        var resultB = CompensationCalculator.Calculate(facts.Enrollments, b!.ToRules(), from, to);
        var doubleA = DoublePayment.Of(resultA.Lines);
        var doubleB = DoublePayment.Of(resultB.Lines);
        var providers = facts.Providers.Values
            .Select(p => new ProviderComparison(p.Id, p.Name,
                Series(resultA, p.OrganisationNumber, months), Series(resultB, p.OrganisationNumber, months),
                resultA.Totals.Where(t => t.ProviderId == p.OrganisationNumber).Sum(t => t.TransitionAmount),
                resultB.Totals.Where(t => t.ProviderId == p.OrganisationNumber).Sum(t => t.TransitionAmount),
                doubleA.ByProvider.GetValueOrDefault(p.OrganisationNumber, DoublePaymentCost.None),
                doubleB.ByProvider.GetValueOrDefault(p.OrganisationNumber, DoublePaymentCost.None)))
            .Where(p => p.TotalA != 0 || p.TotalB != 0)
            .OrderBy(p => p.ProviderName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList();
        return new Result(a.Name, b.Name, months.Select(m => m.ToString()).ToList(), providers, doubleA.Total, doubleB.Total);
    }

    private static List<decimal> Series(CompensationResult result, string provider, List<CalendarMonth> months)
    {
        var byMonth = result.Totals.Where(t => t.ProviderId == provider).ToDictionary(t => t.Month, t => t.Total);
        return months.Select(m => byMonth.GetValueOrDefault(m)).ToList();
    }
}
