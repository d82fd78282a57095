using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Rules.Compensation;
using static System.FormattableString;

namespace Samverka.Modules.Compensation;

/// <summary>A payment line as previewed or as paid.</summary>
// ForMonth: The month the money is for (earlier than the payment month for a correction).
// CorrectsLineId: For a correction: the line paid earlier that it corrects.
public sealed record PaymentLineView(string ForMonth, Guid ProviderId, string ProviderNumber, string ProviderName, Guid ChildId, string ChildKey,
    string Kind, int Age, string Band, decimal Amount, string RateFrom, string Decision, string Explanation, Guid? CorrectsLineId, Guid? Id = null);

/// <summary>What one provider is paid in a payment month.</summary>
public sealed record ProviderPayment(Guid ProviderId, string ProviderNumber, string ProviderName, int Children, decimal Ordinary, decimal Transition,
    decimal Corrections)
{
    public decimal Total => Ordinary + Transition + Corrections;
}

/// <summary>A payment month computed (open) or read (approved).</summary>
// Problems: Why the month cannot be approved (empty when it can).
// Warnings: What was not paid and why (no age band, provider not yet approved, a provider owing money).
public sealed record PaymentMonthView(string Month, bool Approved, DateTime? ApprovedAt, string? ApprovedBy, Guid RuleSetId, string RuleSetName,
    IReadOnlyList<PaymentLineView> Lines, IReadOnlyList<ProviderPayment> Providers, IReadOnlyList<string> Warnings, IReadOnlyList<string> Problems)
{
    public decimal Total => Providers.Sum(p => p.Total);
}

/// <summary>Computes an open payment month with the engine: the month's lines, and correction lines for every closed month
/// whose amounts differ, recomputed with today's facts, from what was paid.</summary>
/// <remarks>A closed month is recomputed with the rule set it was paid with, as that rule set stands now (so a rate
/// version added later with an earlier <c>from</c> is a retroactive decision and is paid as corrections). What was paid
/// for a month is the sum of every line for it, in whichever payment month it was paid.</remarks>
internal sealed class PaymentMonthCalculator(SamverkaDbContext db)
{
    public sealed record Facts(
        Dictionary<Guid, CompensationProviders.Provider> Providers,
        Dictionary<string, CompensationProviders.Provider> ProvidersByNumber,
        Dictionary<string, CompensationChild> ChildrenByKey,
        List<Enrollment> Enrollments);

    public async Task<Facts> FactsAsync(Guid municipalityId, CancellationToken cancellationToken)
    {
        var providers = await CompensationProviders.OfMunicipalityAsync(db, municipalityId, cancellationToken);
        var children = await db.Set<CompensationChild>().AsNoTracking().Include(c => c.Enrollments)
            .Where(c => c.MunicipalityId == municipalityId).ToListAsync(cancellationToken);
        var byId = providers.ToDictionary(p => p.Id);
        var enrollments = new List<Enrollment>();
        foreach (var c in children)
            foreach (var e in c.Enrollments)
                if (byId.TryGetValue(e.ProviderId, out var p))
                    enrollments.Add(new Enrollment(c.Key, c.BirthDate, p.OrganisationNumber, e.Start, e.End, e.Notice));
        return new Facts(byId, providers.ToDictionary(p => p.OrganisationNumber, StringComparer.Ordinal),
            children.ToDictionary(c => c.Key, StringComparer.Ordinal), enrollments);
    }

    /// <summary>The open month <paramref name="month"/> as it would be approved now.</summary>
    /// <exception cref="InputProblemsException">The rules cannot compute it (a payable month without rates in force).</exception>
    public async Task<PaymentMonthView> PreviewAsync(Guid municipalityId, CalendarMonth month, CancellationToken cancellationToken)
    {
        var sets = await db.Set<StoredRuleSet>().AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Bands)
            .Where(r => r.MunicipalityId == municipalityId).ToListAsync(cancellationToken);
        var current = sets.FirstOrDefault(r => r.UsedForPayments)
            ?? throw new InputProblemsException(new InputProblem("rules", null, "rule set", "no rule set is chosen for payments: choose one under Rule sets"));
        var facts = await FactsAsync(municipalityId, cancellationToken);
        var warnings = new List<string>();
        var problems = new List<string>();

        var lines = new List<PaymentLineView>();
        var result = CompensationCalculator.Calculate(facts.Enrollments, current.ToRules(), month, month);
        foreach (var line in result.Lines)
            if (Paid(facts, line, warnings) is { } view) lines.Add(view);
        warnings.AddRange(result.Warnings.Select(w => Invariant($"Barn {w.ChildId} hos {Name(facts, w.ProviderId)} {w.Month}: ingen åldersgrupp i taxan från {w.RateFrom} omfattar {w.Age} år; inget betalas.")));

        // Corrections of closed months.
        var closed = await db.Set<PaymentMonth>().AsNoTracking().Where(m => m.MunicipalityId == municipalityId)
            .Select(m => new { m.Id, m.Month, m.RuleSetId, m.ApprovedAt }).ToListAsync(cancellationToken);
        if (closed.Count > 0)
        {
            var order = closed.ToDictionary(m => m.Id, m => m.Month);
            var paidLines = await db.Set<PaymentLine>().AsNoTracking()
                .Where(l => closed.Select(m => m.Id).Contains(l.PaymentMonthId)).ToListAsync(cancellationToken);
            var paid = paidLines.GroupBy(l => (l.ForMonth, l.ProviderId, l.ChildId))
                .ToDictionary(g => g.Key, g => (Amount: g.Sum(l => l.Amount), Last: g.OrderBy(l => order[l.PaymentMonthId], StringComparer.Ordinal).Last()));
            foreach (var group in closed.Where(m => string.CompareOrdinal(m.Month, month.ToString()) < 0).GroupBy(m => m.RuleSetId))
            {
                var set = sets.First(s => s.Id == group.Key);
                var months = group.Select(m => CalendarMonth.Parse(m.Month)).ToHashSet();
                var recomputed = CompensationCalculator.Calculate(facts.Enrollments, set.ToRules(), months.Min(), months.Max());
                var now = new Dictionary<(string, Guid, Guid), (PaymentLineView View, CompensationLine Line)>();
                foreach (var line in recomputed.Lines.Where(l => months.Contains(l.Month)))
                    if (Paid(facts, line, null) is { } view) now[(view.ForMonth, view.ProviderId, view.ChildId)] = (view, line);
                var keys = now.Keys.Concat(paid.Keys.Where(k => months.Contains(CalendarMonth.Parse(k.ForMonth)))).Distinct()
                    .OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2).ThenBy(k => k.Item3);
                foreach (var key in keys)
                {
                    var newAmount = now.TryGetValue(key, out var n) ? n.View.Amount : 0m;
                    var before = paid.TryGetValue(key, out var p) ? p.Amount : 0m;
                    if (newAmount == before) continue;
                    var diff = newAmount - before;
                    var basis = n.View is not null
                        ? $"nu: {n.Line.Explanation}"
                        : "enligt nuvarande uppgifter betalas inget för månaden";
                    var explanation = $"Rättelse av {key.Item1}: {basis}; tidigare utbetalt {new Money(before).ToSwedishString()}; "
                        + (diff > 0 ? $"tillägg {new Money(diff).ToSwedishString()}" : $"avdrag {new Money(-diff).ToSwedishString()}");
                    var old = p.Last;
                    var provider = facts.Providers[key.Item2];
                    lines.Add(new PaymentLineView(key.Item1, key.Item2, provider.OrganisationNumber, provider.Name, key.Item3,
                        n.View?.ChildKey ?? old!.ChildKey, PaymentLineKinds.Correction, n.View?.Age ?? old!.Age, n.View?.Band ?? old!.Band, diff,
                        n.View?.RateFrom ?? old!.RateFrom, n.View?.Decision ?? old!.Decision, explanation, old?.Id));
                }
            }
        }

        var providers = Totals(lines, facts.Providers);
        foreach (var p in providers)
        {
            var provider = facts.Providers[p.ProviderId];
            if (provider.Approval is null)
                problems.Add($"{provider.Name} ({provider.OrganisationNumber}) is not approved to receive grants: record its approval under Providers.");
            else if (p.Total < 0)
                warnings.Add($"{provider.Name} får ett negativt belopp ({new Money(p.Total).ToSwedishString()}): ingen betalning, beloppet krävs tillbaka.");
            else if (p.Total > 0 && provider.Account is null)
                warnings.Add($"{provider.Name} har inget utbetalningskonto i organisationsregistret: månaden kan inte attesteras förrän det är registrerat på organisationen.");
        }
        var municipality = await CompensationProviders.MunicipalityAsync(db, municipalityId, cancellationToken);
        if (municipality.PayeeAccount() is null)
            warnings.Add($"{municipality.Name} har inget utbetalningskonto i organisationsregistret att betala från: månaden kan inte attesteras förrän det är registrerat på organisationen.");
        return new PaymentMonthView(month.ToString(), false, null, null, current.Id, current.Name, lines, providers, warnings, problems);
    }

    /// <summary>The engine's line as a payment line, or null (with a warning) when the provider is not yet approved for the month.</summary>
    private static PaymentLineView? Paid(Facts facts, CompensationLine line, List<string>? warnings)
    {
        var provider = facts.ProvidersByNumber[line.ProviderId];
        if (provider.Approval is { } approval && CalendarMonth.Of(approval.ApprovedFrom) > line.Month)
        {
            warnings?.Add(Invariant($"Barn {line.ChildId} hos {provider.Name} {line.Month}: anordnaren är godkänd först från {approval.ApprovedFrom:yyyy-MM-dd}; inget betalas."));
            return null;
        }
        var child = facts.ChildrenByKey[line.ChildId];
        return new PaymentLineView(line.Month.ToString(), provider.Id, provider.OrganisationNumber, provider.Name, child.Id, child.Key,
            line.Kind == CompensationKind.Transition ? PaymentLineKinds.Transition : PaymentLineKinds.Ordinary,
            line.Age, line.Band.SwedishLabel, line.Amount, line.RateFrom.ToString(), line.Decision, line.Explanation, null);
    }

    private static string Name(Facts facts, string providerNumber) =>
        facts.ProvidersByNumber.TryGetValue(providerNumber, out var p) ? p.Name : providerNumber;

    public static IReadOnlyList<ProviderPayment> Totals(IEnumerable<PaymentLineView> lines, IReadOnlyDictionary<Guid, CompensationProviders.Provider>? providers = null) =>
        lines.GroupBy(l => l.ProviderId)
            .Select(g => new ProviderPayment(g.Key, g.First().ProviderNumber, providers?.GetValueOrDefault(g.Key)?.Name ?? g.First().ProviderName,
                g.Where(l => l.Kind != PaymentLineKinds.Correction).Select(l => l.ChildId).Distinct().Count(),
                g.Where(l => l.Kind == PaymentLineKinds.Ordinary).Sum(l => l.Amount),
                g.Where(l => l.Kind == PaymentLineKinds.Transition).Sum(l => l.Amount),
                g.Where(l => l.Kind == PaymentLineKinds.Correction).Sum(l => l.Amount)))
            .OrderBy(p => p.ProviderName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList();
}
