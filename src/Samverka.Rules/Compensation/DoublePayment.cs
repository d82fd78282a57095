using Samverka.Kernel;

namespace Samverka.Rules.Compensation;

/// <summary>What paying two providers for one child costs: the transition months of the provider a child left that fall
/// in months in which the child is already enrolled at another provider.</summary>
/// <param name="ChildMonths">The double-paid child-months: transition lines overlapping an enrollment elsewhere.</param>
/// <param name="Amount">What those transition lines pay, SEK.</param>
public sealed record DoublePaymentCost(int ChildMonths, decimal Amount)
{
    /// <summary>No double payment.</summary>
    public static DoublePaymentCost None { get; } = new(0, 0m);

    /// <summary>The sum of two costs.</summary>
    public DoublePaymentCost Add(DoublePaymentCost other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DoublePaymentCost(ChildMonths + other.ChildMonths, Amount + other.Amount);
    }
}

/// <summary>The double-payment cost of a run, in total and per provider paid for the transition months.</summary>
/// <param name="Total">All providers together.</param>
/// <param name="ByProvider">Per provider that is paid the transition months (the provider the child leaves), ordinal order;
/// providers without double payment are left out.</param>
public sealed record DoublePaymentSummary(DoublePaymentCost Total, IReadOnlyDictionary<string, DoublePaymentCost> ByProvider);

/// <summary>Finds the double payments in a run's lines. Source: ../shared/specs/compensation.md, rule 6: "during a
/// transition window both the old and the new provider are paid. That overlap is the budget cost of the transition rule
/// and must be visible in reports."</summary>
/// <remarks>A line counts when it is a <see cref="CompensationKind.Transition"/> line (paid because of a notice, the
/// child does not attend all of the month) and the same child has a line in the same month at another provider on
/// whose enrollment it is enrolled at least one day of that month. Its whole amount is the cost: without the transition
/// rule it would not be paid. With 0 transition months there are no transition lines, so the cost is 0; a longer
/// transition period only adds transition lines, so the cost never decreases.</remarks>
public static class DoublePayment
{
    /// <summary>The double-paid child-months of <paramref name="lines"/> and their cost.</summary>
    /// <param name="lines">The lines of one run (<see cref="CompensationResult.Lines"/>), any order.</param>
    public static DoublePaymentSummary Of(IReadOnlyList<CompensationLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // Per child and month: the providers at which the child is enrolled on at least one day.
        var enrolledAt = new Dictionary<(CalendarMonth Month, string Child), List<string>>();
        foreach (var line in lines)
        {
            if (line.EnrolledDays == 0) continue;
            if (!enrolledAt.TryGetValue((line.Month, line.ChildId), out var providers)) enrolledAt.Add((line.Month, line.ChildId), providers = []);
            providers.Add(line.ProviderId);
        }

        var total = DoublePaymentCost.None;
        var byProvider = new SortedDictionary<string, DoublePaymentCost>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Kind != CompensationKind.Transition) continue;
            if (!enrolledAt.TryGetValue((line.Month, line.ChildId), out var providers) || !providers.Exists(p => p != line.ProviderId)) continue;
            var cost = new DoublePaymentCost(1, line.Amount);
            total = total.Add(cost);
            byProvider[line.ProviderId] = byProvider.GetValueOrDefault(line.ProviderId, DoublePaymentCost.None).Add(cost);
        }
        return new DoublePaymentSummary(total, byProvider);
    }
}
