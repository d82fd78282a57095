using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>Whether a paid fee line is the month's own fee or a correction of a month paid earlier.</summary>
public enum FeePaymentKind
{
    /// <summary>The fee for the payment month itself.</summary>
    Ordinary,

    /// <summary>The difference between what an earlier, approved month paid and what the final facts give.</summary>
    Correction,

    /// <summary>Avräkning: a home's negative total of the previous approved month, set off against this month (one line per
    /// home, no placement).</summary>
    CarriedDeficit,
}

/// <summary>A fee line already paid: part of a member's approved (closed) month.</summary>
/// <param name="LineId">The stored line's id (a correction points at it).</param>
/// <param name="PaidIn">The approved month that paid it.</param>
/// <param name="ForMonth">The month the money is for (earlier than <paramref name="PaidIn"/> for a correction).</param>
/// <param name="PlacementId">The placement.</param>
/// <param name="HomeId">The home paid.</param>
/// <param name="Kind">Arvode or omkostnadsersättning.</param>
/// <param name="Amount">The amount paid (negative for a deduction).</param>
public sealed record PaidFeeLine(string LineId, CalendarMonth PaidIn, CalendarMonth ForMonth, string PlacementId, string HomeId, FeeKind Kind, decimal Amount);

/// <summary>A deficit already carried: the <see cref="FeePaymentKind.CarriedDeficit"/> line of an approved month.</summary>
/// <param name="PaidIn">The approved month it was set off in.</param>
/// <param name="HomeId">The home.</param>
/// <param name="Amount">The amount carried (negative).</param>
public sealed record PaidDeficitLine(CalendarMonth PaidIn, string HomeId, decimal Amount);

/// <summary>One line of a member's fee payment month.</summary>
/// <param name="ForMonth">The month the money is for (for a carried deficit: the approved month whose total was negative).</param>
/// <param name="PlacementId">The placement; null for a carried deficit (it belongs to the home).</param>
/// <param name="HomeId">The home paid.</param>
/// <param name="Kind">Arvode or omkostnadsersättning; null for a carried deficit.</param>
/// <param name="PaymentKind">The month's own fee, a correction or a carried deficit.</param>
/// <param name="Amount">The amount (a correction may be negative: a deduction).</param>
/// <param name="CorrectsLineId">For a correction: the line paid last for the same month, placement and kind, or null when
/// nothing was paid for it before.</param>
/// <param name="Basis">The engine's line under today's facts, or null when nothing is owed any more.</param>
/// <param name="Explanation">In Swedish; for a correction: "Rättelse av 2026-03: nu: …; tidigare utbetalt …; avdrag …"; for a
/// carried deficit: "Avräkning av underskott från 2026-04: −3 045,16 kr".</param>
public sealed record FeePaymentLine(CalendarMonth ForMonth, string? PlacementId, string HomeId, FeeKind? Kind, FeePaymentKind PaymentKind, decimal Amount,
    string? CorrectsLineId, FeeLine? Basis, string Explanation);

/// <summary>A member's fee payment month: the month's own fees and corrections of the months it has already paid.</summary>
/// <remarks>
/// <para>Approved months are closed and never change. A later change of facts (a placement ended retroactively, a
/// corrected birth date, a new fee table version from an earlier month) is paid in the next open month: for every closed
/// month, placement and kind, what the engine gives now (<see cref="FosterFees.Calculate"/>) less everything paid for it so
/// far (in whichever month) is a correction line, when it is not zero. So after any sequence of approvals, what has been
/// paid for a month, placement and kind equals the engine's amount under the facts of the latest approval.</para>
/// <para>Months before the member's first approved month are not corrected: nothing was paid for them through Samverka.</para>
/// <para>A home is paid its month's total when it is above zero. A negative total (a deduction larger than the month pays)
/// is not forgotten: it is carried into the member's next month as one <see cref="FeePaymentKind.CarriedDeficit"/> line
/// per home, and so on until it is set off, also through months in which the home has no fees. So for every home, what
/// was paid out over the approved months plus what it still owes (<see cref="Deficits"/>) equals the sum of its
/// ordinary and correction lines.</para>
/// </remarks>
public static class FeePayments
{
    /// <summary>The lines of the open month <paramref name="month"/>: the engine's lines for it, then corrections of every
    /// closed month, ordered by month, placement and kind.</summary>
    /// <param name="month">The open month to pay.</param>
    /// <param name="closed">The member's approved months (all before <paramref name="month"/>).</param>
    /// <param name="fees">The engine's lines under today's facts for at least <paramref name="month"/> and every closed
    /// month; lines of other months are ignored.</param>
    /// <param name="paid">Every line of the closed months.</param>
    /// <param name="carried">Every carried-deficit line of the closed months (none when omitted).</param>
    /// <exception cref="InputProblemsException"><paramref name="month"/> is closed or before a closed month.</exception>
    public static IReadOnlyList<FeePaymentLine> ForMonth(CalendarMonth month, IReadOnlyCollection<CalendarMonth> closed, IReadOnlyList<FeeLine> fees,
        IReadOnlyList<PaidFeeLine> paid, IReadOnlyList<PaidDeficitLine>? carried = null)
    {
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(paid);
        carried ??= [];
        if (closed.Any(c => c >= month))
            throw new InputProblemsException(new InputProblem("fee payments", null, "month",
                $"{month} is not open: the latest approved month is {closed.Max()}; a change of facts is paid as corrections in the next open month"));

        var lines = fees.Where(f => f.Month == month).OrderBy(f => f.PlacementId, StringComparer.Ordinal).ThenBy(f => f.Kind)
            .Select(f => new FeePaymentLine(month, f.PlacementId, f.HomeId, f.Kind, FeePaymentKind.Ordinary, f.Amount, null, f, f.Explanation))
            .ToList();

        var closedSet = closed.ToHashSet();
        var now = fees.Where(f => closedSet.Contains(f.Month)).ToDictionary(f => (Month: f.Month, f.PlacementId, f.Kind));
        var before = paid.Where(p => closedSet.Contains(p.ForMonth)).GroupBy(p => (Month: p.ForMonth, p.PlacementId, p.Kind))
            .ToDictionary(g => g.Key, g => (Amount: g.Sum(p => p.Amount), Last: g.OrderBy(p => p.PaidIn).Last()));
        foreach (var key in now.Keys.Concat(before.Keys).Distinct()
                     .OrderBy(k => k.Month).ThenBy(k => k.PlacementId, StringComparer.Ordinal).ThenBy(k => k.Kind))
        {
            var basis = now.GetValueOrDefault(key);
            var owed = basis?.Amount ?? 0m;
            var (amount, last) = before.TryGetValue(key, out var b) ? b : (0m, null);
            if (owed == amount) continue;
            var diff = owed - amount;
            var why = basis is not null ? $"nu: {basis.Explanation}" : "enligt nuvarande uppgifter betalas inget för månaden";
            var explanation = string.Create(CultureInfo.InvariantCulture, $"Rättelse av {key.Month}: {why}; tidigare utbetalt {FosterCareText.Kronor(amount)}; ")
                + (diff > 0 ? $"tillägg {FosterCareText.Kronor(diff)}" : $"avdrag {FosterCareText.Kronor(-diff)}");
            lines.Add(new FeePaymentLine(key.Month, key.PlacementId, basis?.HomeId ?? last!.HomeId, key.Kind, FeePaymentKind.Correction, diff,
                last?.LineId, basis, explanation));
        }

        // The previous approved month's negative home totals (its own carried line included) are set off in this month.
        if (closed.Count > 0)
        {
            var previous = closed.Max();
            foreach (var (home, deficit) in Deficits(previous, paid, carried).OrderBy(d => d.Key, StringComparer.Ordinal))
                lines.Add(new FeePaymentLine(previous, null, home, null, FeePaymentKind.CarriedDeficit, deficit, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"Avräkning av underskott från {previous}: {FosterCareText.Kronor(deficit)}")));
        }
        return lines;
    }

    /// <summary>What each home still owes after the approved month <paramref name="month"/>: its total for that month (its
    /// ordinary, correction and carried lines) where that total is below zero; homes with nothing owed are left out.</summary>
    /// <param name="month">An approved month.</param>
    /// <param name="paid">Lines of approved months (others than <paramref name="month"/>'s are ignored).</param>
    /// <param name="carried">Carried-deficit lines of approved months (others than <paramref name="month"/>'s are ignored).</param>
    /// <returns>Home id → the negative total.</returns>
    public static IReadOnlyDictionary<string, decimal> Deficits(CalendarMonth month, IReadOnlyList<PaidFeeLine> paid, IReadOnlyList<PaidDeficitLine> carried)
    {
        ArgumentNullException.ThrowIfNull(paid);
        ArgumentNullException.ThrowIfNull(carried);
        return paid.Where(p => p.PaidIn == month).Select(p => (p.HomeId, p.Amount))
            .Concat(carried.Where(c => c.PaidIn == month).Select(c => (c.HomeId, c.Amount)))
            .GroupBy(x => x.HomeId, StringComparer.Ordinal).Select(g => (Home: g.Key, Total: g.Sum(x => x.Amount)))
            .Where(h => h.Total < 0).ToDictionary(h => h.Home, h => h.Total, StringComparer.Ordinal);
    }

    /// <summary>What a home is paid for a month's total: the total when above zero, else nothing (the deficit is carried).</summary>
    /// <param name="total">The home's total of the month, its carried deficit included.</param>
    public static decimal PaidOut(decimal total) => Math.Max(0m, total);
}
