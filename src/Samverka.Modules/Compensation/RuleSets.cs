using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Compensation;

namespace Samverka.Modules.Compensation;

/// <summary>Reads a municipality's rule sets, and tells which rate versions have paid money.</summary>
public sealed class ListRuleSets(SamverkaDbContext db, CompensationAccess access)
{
    public sealed record VersionView(Guid Id, string From, string Decision, IReadOnlyList<AgeBand> Bands, bool HasPaid);

    public sealed record RuleSetView(Guid Id, string Name, AgeRule AgeRule, int AgeChangeMonth, Proration Proration, int TransitionMonths,
        bool UsedForPayments, bool HasPaid, IReadOnlyList<VersionView> Versions);

    public async Task<IReadOnlyList<RuleSetView>> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.MunicipalityUserAsync(actor, cancellationToken);
        return await LoadAsync(db, tenant.MunicipalityId, cancellationToken);
    }

    public async Task<RuleSetView?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        (await HandleAsync(actor, cancellationToken)).FirstOrDefault(r => r.Id == id);

    internal static async Task<IReadOnlyList<RuleSetView>> LoadAsync(SamverkaDbContext db, Guid municipalityId, CancellationToken cancellationToken)
    {
        var sets = await db.Set<StoredRuleSet>().AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Bands)
            .Where(r => r.MunicipalityId == municipalityId).ToListAsync(cancellationToken);
        var paid = await PaidVersionsAsync(db, municipalityId, cancellationToken);
        return sets.OrderByDescending(r => r.UsedForPayments).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RuleSetView(r.Id, r.Name, r.AgeRule, r.AgeChangeMonth, r.Proration, r.TransitionMonths, r.UsedForPayments,
                paid.Any(p => p.RuleSetId == r.Id),
                r.Versions.OrderBy(v => v.From, StringComparer.Ordinal)
                    .Select(v => new VersionView(v.Id, v.From, v.Decision,
                        v.Bands.OrderBy(b => b.MinAge).Select(b => new AgeBand(b.MinAge, b.MaxAge, b.Monthly)).ToList(),
                        paid.Contains((r.Id, v.From)))).ToList()))
            .ToList();
    }

    /// <summary>(rule set, rate version's from) pairs that approved payment lines used.</summary>
    internal static async Task<HashSet<(Guid RuleSetId, string From)>> PaidVersionsAsync(SamverkaDbContext db, Guid municipalityId, CancellationToken cancellationToken)
    {
        var used = await db.Set<PaymentLine>().AsNoTracking()
            .Join(db.Set<PaymentMonth>().Where(m => m.MunicipalityId == municipalityId), l => l.PaymentMonthId, m => m.Id, (l, m) => new { m.RuleSetId, l.RateFrom })
            .Distinct().ToListAsync(cancellationToken);
        return used.Select(u => (u.RuleSetId, u.RateFrom)).ToHashSet();
    }
}

/// <summary>Creates a rule set or changes its parameters. A rule set that has paid money keeps its age rule, proration and
/// transition months (changing them would rewrite closed months): adopt a new rule set instead.</summary>
public sealed class SaveRuleSet(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Name, AgeRule? AgeRule, int? AgeChangeMonth, Proration? Proration, int? TransitionMonths, bool UsedForPayments);

    public async Task<Guid> HandleAsync(Guid? id, Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var problems = new List<InputProblem>();
        InputProblem P(string field, string message) => new(SaveEnrollment.Source, null, field, message);
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) problems.Add(P("Name", "is missing or longer than 200 characters"));
        if (request.AgeRule is null) problems.Add(P("AgeRule", "choose an age rule"));
        if (request.Proration is null) problems.Add(P("Proration", "choose a proration"));
        if (request.AgeChangeMonth is not (>= 1 and <= 12)) problems.Add(P("AgeChangeMonth", "is a month number 1-12"));
        if (request.TransitionMonths is not (>= 0 and <= CompensationRuleSet.MaxTransitionMonths)) problems.Add(P("TransitionMonths", "is a number of months, 0 or more"));
        var sets = await db.Set<StoredRuleSet>().Where(r => r.MunicipalityId == tenant.MunicipalityId).ToListAsync(cancellationToken);
        var set = id is { } existing ? sets.FirstOrDefault(r => r.Id == existing) ?? throw new AccessDeniedException("No such rule set.") : null;
        if (sets.Any(r => r.Id != set?.Id && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
            problems.Add(P("Name", $"another rule set is called '{name}'"));
        if (set is not null && problems.Count == 0
            && (set.AgeRule != request.AgeRule || set.AgeChangeMonth != request.AgeChangeMonth || set.Proration != request.Proration || set.TransitionMonths != request.TransitionMonths)
            && await db.Set<PaymentMonth>().AnyAsync(m => m.RuleSetId == set.Id, cancellationToken))
            problems.Add(P("AgeRule", "this rule set has paid money: its age rule, proration and transition months cannot change; copy it to a new rule set and adopt that one"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        if (set is null)
        {
            set = new StoredRuleSet { Id = Guid.NewGuid(), MunicipalityId = tenant.MunicipalityId };
            db.Add(set);
        }
        set.Name = name;
        set.AgeRule = request.AgeRule!.Value;
        set.AgeChangeMonth = request.AgeChangeMonth!.Value;
        set.Proration = request.Proration!.Value;
        set.TransitionMonths = request.TransitionMonths!.Value;
        if (request.UsedForPayments)
            foreach (var other in sets) other.UsedForPayments = other.Id == set.Id;
        else if (set.UsedForPayments && !sets.Any(r => r.Id != set.Id && r.UsedForPayments))
            set.UsedForPayments = true; // payments always have a rule set: choose another one instead
        set.UpdatedAt = now;
        audit.Add(actor, id is null ? AuditActions.Create : AuditActions.Update, nameof(StoredRuleSet), set.Id.ToString(),
            $"{name}: {CompensationRulesFile.AgeRuleText(set.AgeRule)}, {CompensationRulesFile.ProrationText(set.Proration)}, {set.TransitionMonths} transition months{(set.UsedForPayments ? ", used for payments" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        return set.Id;
    }
}

/// <summary>Adds a rate version to a rule set, or changes one that has not paid money. A version that has paid money is
/// never edited: a later decision is a new version (and one effective from a closed month is paid as corrections).</summary>
public sealed class SaveRateVersion(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    // Bands: min age, max age (null = open), monthly amount, as written.
    public sealed record Request(string? From, string? Decision, IReadOnlyList<(string? MinAge, string? MaxAge, string? Monthly)> Bands);

    public async Task HandleAsync(Guid ruleSetId, Guid? versionId, Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var set = await db.Set<StoredRuleSet>().Include(r => r.Versions).ThenInclude(v => v.Bands)
            .SingleOrDefaultAsync(r => r.Id == ruleSetId && r.MunicipalityId == tenant.MunicipalityId, cancellationToken)
            ?? throw new AccessDeniedException("No such rule set.");
        var version = versionId is { } vid ? set.Versions.FirstOrDefault(v => v.Id == vid) ?? throw new AccessDeniedException("No such rate version.") : null;
        var problems = new List<InputProblem>();
        InputProblem P(string field, string message) => new(SaveEnrollment.Source, null, field, message);
        if (version is not null && (await ListRuleSets.PaidVersionsAsync(db, tenant.MunicipalityId, cancellationToken)).Contains((set.Id, version.From)))
            throw new InputProblemsException(P("From", $"the rates from {version.From} have paid money and are never changed: add a new version from a later month (or from the month the new decision applies)"));

        if (!CalendarMonth.TryParse(request.From?.Trim(), out var from)) problems.Add(P("From", "is a month of the form YYYY-MM"));
        var decision = request.Decision?.Trim() ?? "";
        if (decision.Length is 0 or > 200) problems.Add(P("Decision", "name the decision, e.g. KS 2007-06-14 § 98"));
        var bands = new List<AgeBand>();
        for (var i = 0; i < request.Bands.Count; i++)
        {
            var (minText, maxText, monthlyText) = request.Bands[i];
            if (string.IsNullOrWhiteSpace(minText) && string.IsNullOrWhiteSpace(maxText) && string.IsNullOrWhiteSpace(monthlyText)) continue;
            var ok = true;
            if (!int.TryParse(minText?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var min)) { problems.Add(P($"Bands[{i}].MinAge", "is a whole number of years")); ok = false; }
            int? max = null;
            if (!string.IsNullOrWhiteSpace(maxText))
            {
                if (int.TryParse(maxText.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)) max = m;
                else { problems.Add(P($"Bands[{i}].MaxAge", "is a whole number of years, or empty for no upper limit")); ok = false; }
            }
            var monthly = ParseAmount(monthlyText);
            if (monthly is null) { problems.Add(P($"Bands[{i}].Monthly", "is an amount in kronor, e.g. 10120,00")); ok = false; }
            if (ok) bands.Add(new AgeBand(min, max, monthly!.Value));
        }
        if (bands.Count == 0 && problems.Count == 0) problems.Add(P("Bands[0].MinAge", "a rate version needs at least one age band"));
        if (problems.Count == 0)
        {
            var versions = set.ToRules().Rates.Where(v => version is null || v.From.ToString() != version.From).ToList();
            versions.Add(new RateVersion(from, decision, bands));
            var rules = set.ToRules() with { Rates = versions };
            problems.AddRange(rules.Validate().Select(p => p with { Source = SaveEnrollment.Source, Field = p.Field switch { "from" => "From", "decision" => "Decision", _ => "Bands[0].MinAge" } }));
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);

        if (version is null)
        {
            version = new StoredRateVersion { Id = Guid.NewGuid(), RuleSetId = set.Id };
            set.Versions.Add(version);
            db.Add(version);
        }
        else
        {
            foreach (var b in version.Bands) db.Remove(b);
            version.Bands.Clear();
        }
        version.From = from.ToString();
        version.Decision = decision;
        foreach (var b in bands)
        {
            var band = new StoredRateBand { Id = Guid.NewGuid(), VersionId = version.Id, MinAge = b.MinAge, MaxAge = b.MaxAge, Monthly = b.Monthly };
            version.Bands.Add(band);
            db.Add(band);
        }
        set.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, versionId is null ? AuditActions.Create : AuditActions.Update, nameof(StoredRateVersion), version.Id.ToString(),
            $"{set.Name}: rates from {version.From} ({decision}): {string.Join("; ", bands.Select(b => $"{b.SwedishLabel} {b.Monthly.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}"))}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An amount as a person writes it: <c>10120</c>, <c>10 120,00</c>, <c>10120.50</c>.</summary>
    public static decimal? ParseAmount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0').ToArray()).Replace("kr", "", StringComparison.OrdinalIgnoreCase).Replace(',', '.');
        return decimal.TryParse(compact, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}

/// <summary>Rule sets as the command line's rules file: export one, or import one as a new rule set (all or nothing).</summary>
public sealed class RuleSetFiles(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<(string Name, string Json)?> ExportAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.MunicipalityUserAsync(actor, cancellationToken);
        var set = await db.Set<StoredRuleSet>().AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Bands)
            .SingleOrDefaultAsync(r => r.Id == id && r.MunicipalityId == tenant.MunicipalityId, cancellationToken);
        if (set is null) return null;
        await audit.WriteAsync(actor, AuditActions.Export, nameof(StoredRuleSet), set.Id.ToString(), set.Name, cancellationToken);
        return (set.Name, CompensationRulesFile.Write(set.ToRules()));
    }

    public async Task<Guid> ImportAsync(string name, string json, string fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var problems = new List<InputProblem>();
        name = name.Trim();
        if (name.Length is 0 or > 200) problems.Add(new InputProblem(SaveEnrollment.Source, null, "Name", "is missing or longer than 200 characters"));
        else if (await db.Set<StoredRuleSet>().AnyAsync(r => r.MunicipalityId == tenant.MunicipalityId && r.Name == name, cancellationToken))
            problems.Add(new InputProblem(SaveEnrollment.Source, null, "Name", $"another rule set is called '{name}'"));
        CompensationRuleSet? rules = null;
        try
        {
            rules = CompensationRulesFile.Read(json, fileName);
        }
        catch (InputProblemsException e)
        {
            problems.AddRange(e.Problems);
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var now = clock.GetUtcNow().UtcDateTime;
        var set = FromRules(tenant.MunicipalityId, name, rules!, now);
        set.UsedForPayments = !await db.Set<StoredRuleSet>().AnyAsync(r => r.MunicipalityId == tenant.MunicipalityId && r.UsedForPayments, cancellationToken);
        db.Add(set);
        audit.Add(actor, AuditActions.Import, nameof(StoredRuleSet), set.Id.ToString(), $"{name} from {fileName}");
        await db.SaveChangesAsync(cancellationToken);
        return set.Id;
    }

    internal static StoredRuleSet FromRules(Guid municipalityId, string name, CompensationRuleSet rules, DateTime now)
    {
        var set = new StoredRuleSet
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = name, AgeRule = rules.AgeRule, AgeChangeMonth = rules.AgeChangeMonth,
            Proration = rules.Proration, TransitionMonths = rules.TransitionMonths, UpdatedAt = now,
        };
        foreach (var v in rules.Rates)
        {
            var version = new StoredRateVersion { Id = Guid.NewGuid(), RuleSetId = set.Id, From = v.From.ToString(), Decision = v.Decision };
            foreach (var b in v.Bands) version.Bands.Add(new StoredRateBand { Id = Guid.NewGuid(), VersionId = version.Id, MinAge = b.MinAge, MaxAge = b.MaxAge, Monthly = b.Monthly });
            set.Versions.Add(version);
        }
        return set;
    }
}
