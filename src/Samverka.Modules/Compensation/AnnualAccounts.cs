using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Compensation;

namespace Samverka.Modules.Compensation;

/// <summary>A provider's annual accounts for one year, as reported to the municipality: costs by type, places and
/// child-months per age band. One per provider and year; reporting again replaces it.</summary>
public sealed class ProviderAnnualAccount
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid ProviderId { get; set; }

    public int Year { get; set; }

    public int Places { get; set; }

    public decimal StaffCosts { get; set; }

    public decimal PremisesCosts { get; set; }

    public decimal FoodCosts { get; set; }

    public decimal OtherCosts { get; set; }

    public List<ProviderAnnualAccountBand> Bands { get; set; } = [];

    public DateTime UpdatedAt { get; set; }
}

/// <summary>Child-months in one age band of an annual account.</summary>
public sealed class ProviderAnnualAccountBand
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public int MinAge { get; set; }

    public int? MaxAge { get; set; }

    public int ChildMonths { get; set; }
}

internal sealed class ProviderAnnualAccountConfiguration : IEntityTypeConfiguration<ProviderAnnualAccount>
{
    public void Configure(EntityTypeBuilder<ProviderAnnualAccount> account)
    {
        account.ToTable("CompensationAnnualAccounts");
        account.HasKey(a => a.Id);
        account.ReferencesOrganisation(a => a.MunicipalityId);
        account.ReferencesOrganisation(a => a.ProviderId);
        account.HasIndex(a => new { a.ProviderId, a.Year }).IsUnique();
        account.HasIndex(a => new { a.MunicipalityId, a.Year });
        account.Property(a => a.StaffCosts).HasPrecision(18, 2);
        account.Property(a => a.PremisesCosts).HasPrecision(18, 2);
        account.Property(a => a.FoodCosts).HasPrecision(18, 2);
        account.Property(a => a.OtherCosts).HasPrecision(18, 2);
        account.HasMany(a => a.Bands).WithOne().HasForeignKey(b => b.AccountId).OnDelete(DeleteBehavior.Cascade);
        account.Property(a => a.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

internal sealed class ProviderAnnualAccountBandConfiguration : IEntityTypeConfiguration<ProviderAnnualAccountBand>
{
    public void Configure(EntityTypeBuilder<ProviderAnnualAccountBand> band)
    {
        band.ToTable("CompensationAnnualAccountBands");
        band.HasKey(b => b.Id);
    }
}

/// <summary>Reads and checks annual accounts as written (form fields or CSV cells), and saves them for the providers the
/// actor may report for: a municipality's grant officers for any of its providers, a provider's users for their own.</summary>
public static class AnnualAccountInput
{
    public const int FirstYear = 2000;

    /// <summary>The CSV columns: one row per provider, year and age band; places and costs on the first row of a provider
    /// and year, and on later rows the same or empty.</summary>
    public static readonly string[] Columns =
        ["provider_id", "year", "places", "staff_costs", "premises_costs", "food_costs", "other_costs", "min_age", "max_age", "child_months"];

    /// <summary>An account as written; <see cref="ProviderNumber"/> is the provider's organisation number.</summary>
    public sealed record Draft(string ProviderNumber, int Year, int Places, decimal Staff, decimal Premises, decimal Food, decimal Other, List<ReportedBand> Bands);

    internal static int? WholeNumber(string? text, int min, int max, string what, Func<string, InputProblem> problem, List<InputProblem> problems, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) problems.Add(problem($"is missing: {what}"));
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        problems.Add(problem(FormattableString.Invariant($"'{text.Trim()}' is not {what} ({min}-{max})")));
        return null;
    }

    internal static decimal? Cost(string? text, Func<string, InputProblem> problem, List<InputProblem> problems)
    {
        var value = SaveRateVersion.ParseAmount(text);
        if (value is null) problems.Add(problem(string.IsNullOrWhiteSpace(text) ? "is missing: an amount in kronor, 0 when there is none" : $"'{text.Trim()}' is not an amount in kronor, e.g. 125000,00"));
        else if (value < 0) problems.Add(problem("is negative"));
        else if (value != Math.Round(value.Value, 2)) problems.Add(problem("has more than two decimals (öre)"));
        else return value;
        return null;
    }

    internal static int MaxYear(TimeProvider clock) => clock.GetUtcNow().Year;

    /// <summary>Bands of one account that overlap another: after sorting by lowest age, a band overlaps the one before it
    /// when it starts at or below that one's highest age. Indices into <paramref name="bands"/>.</summary>
    internal static IEnumerable<(int Band, int Other)> Overlapping(IReadOnlyList<ReportedBand> bands)
    {
        var order = Enumerable.Range(0, bands.Count).OrderBy(i => bands[i].MinAge).ToList();
        for (var k = 1; k < order.Count; k++)
            if (bands[order[k - 1]].MaxAge is not { } max || bands[order[k]].MinAge <= max)
                yield return (order[k], order[k - 1]);
    }

    internal static string Label(ReportedBand band) => new AgeBand(band.MinAge, band.MaxAge, 0m).SwedishLabel;

    /// <summary>Saves the drafts, replacing any account of the same provider and year; every draft's provider must be one
    /// of the municipality's providers that the tenant may report for. All or nothing.</summary>
    internal static async Task<int> SaveAsync(SamverkaDbContext db, CompensationAccess.Tenant tenant, IReadOnlyList<(Draft Draft, Func<string, string, InputProblem> Problem)> drafts,
        List<InputProblem> problems, DateTime now, CancellationToken cancellationToken)
    {
        var providers = await CompensationProviders.OfMunicipalityAsync(db, tenant.MunicipalityId, cancellationToken);
        var byNumber = providers.ToDictionary(p => p.OrganisationNumber, StringComparer.Ordinal);
        var resolved = new List<(Draft Draft, Guid ProviderId)>();
        foreach (var (draft, problem) in drafts)
        {
            if (!byNumber.TryGetValue(draft.ProviderNumber, out var provider))
                problems.Add(problem("provider_id", $"{draft.ProviderNumber} is not one of the municipality's providers"));
            else if (tenant.ProviderId is { } own && provider.Id != own)
                problems.Add(problem("provider_id", $"{draft.ProviderNumber} is another provider: you report your own organisation's accounts only"));
            else resolved.Add((draft, provider.Id));
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);

        foreach (var (draft, providerId) in resolved)
        {
            var account = await db.Set<ProviderAnnualAccount>().Include(a => a.Bands)
                .SingleOrDefaultAsync(a => a.ProviderId == providerId && a.Year == draft.Year, cancellationToken);
            if (account is null) db.Add(account = new ProviderAnnualAccount { Id = Guid.NewGuid(), ProviderId = providerId, Year = draft.Year });
            else
            {
                foreach (var b in account.Bands) db.Remove(b);
                account.Bands.Clear();
            }
            account.MunicipalityId = tenant.MunicipalityId;
            account.Places = draft.Places;
            account.StaffCosts = draft.Staff;
            account.PremisesCosts = draft.Premises;
            account.FoodCosts = draft.Food;
            account.OtherCosts = draft.Other;
            account.UpdatedAt = now;
            foreach (var b in draft.Bands)
            {
                var band = new ProviderAnnualAccountBand { Id = Guid.NewGuid(), AccountId = account.Id, MinAge = b.MinAge, MaxAge = b.MaxAge, ChildMonths = b.ChildMonths };
                account.Bands.Add(band);
                db.Add(band);
            }
        }
        return resolved.Count;
    }
}

/// <summary>Saves one provider's annual accounts for a year from the form (or the API), replacing what was reported before.</summary>
public sealed class SaveAnnualAccount(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    // Bands: min age, max age (empty = open), child-months, as written.
    public sealed record Request(string? ProviderNumber, string? Year, string? Places, string? StaffCosts, string? PremisesCosts, string? FoodCosts,
        string? OtherCosts, IReadOnlyList<BandRequest>? Bands);

    public sealed record BandRequest(string? MinAge, string? MaxAge, string? ChildMonths);

    public async Task HandleAsync(Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await ReporterAsync(access, actor, cancellationToken);
        var problems = new List<InputProblem>();
        InputProblem P(string field, string message) => new(SaveEnrollment.Source, null, field, message);
        var number = request.ProviderNumber?.Trim() ?? "";
        if (number.Length == 0) problems.Add(P("ProviderNumber", "choose the provider"));
        var year = AnnualAccountInput.WholeNumber(request.Year, AnnualAccountInput.FirstYear, AnnualAccountInput.MaxYear(clock), "a year", m => P("Year", m), problems);
        var places = AnnualAccountInput.WholeNumber(request.Places, 0, 100_000, "a number of places", m => P("Places", m), problems);
        var staff = AnnualAccountInput.Cost(request.StaffCosts, m => P("StaffCosts", m), problems);
        var premises = AnnualAccountInput.Cost(request.PremisesCosts, m => P("PremisesCosts", m), problems);
        var food = AnnualAccountInput.Cost(request.FoodCosts, m => P("FoodCosts", m), problems);
        var other = AnnualAccountInput.Cost(request.OtherCosts, m => P("OtherCosts", m), problems);
        var bands = new List<ReportedBand>();
        var requested = request.Bands ?? [];
        for (var i = 0; i < requested.Count; i++)
        {
            var b = requested[i];
            if (string.IsNullOrWhiteSpace(b.MinAge) && string.IsNullOrWhiteSpace(b.MaxAge) && string.IsNullOrWhiteSpace(b.ChildMonths)) continue;
            var before = problems.Count;
            var min = AnnualAccountInput.WholeNumber(b.MinAge, 0, 20, "an age in years", m => P($"Bands[{i}].MinAge", m), problems);
            var max = AnnualAccountInput.WholeNumber(b.MaxAge, 0, 20, "an age in years, or empty for no upper limit", m => P($"Bands[{i}].MaxAge", m), problems, required: false);
            var months = AnnualAccountInput.WholeNumber(b.ChildMonths, 0, 1_000_000, "a number of child-months", m => P($"Bands[{i}].ChildMonths", m), problems);
            if (problems.Count > before) continue;
            if (max < min) problems.Add(P($"Bands[{i}].MaxAge", $"{max} is below the lowest age {min}"));
            else bands.Add(new ReportedBand(min!.Value, max, months!.Value));
        }
        if (bands.Count == 0 && problems.Count == 0) problems.Add(P("Bands[0].MinAge", "report the child-months of at least one age band"));
        problems.AddRange(AnnualAccountInput.Overlapping(bands).Select(o =>
            P("Bands[0].MinAge", $"band {AnnualAccountInput.Label(bands[o.Band])} overlaps band {AnnualAccountInput.Label(bands[o.Other])}")));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var draft = new AnnualAccountInput.Draft(number, year!.Value, places!.Value, staff!.Value, premises!.Value, food!.Value, other!.Value, bands);
        await AnnualAccountInput.SaveAsync(db, tenant, [(draft, (field, message) => P("ProviderNumber", message))], problems, clock.GetUtcNow().UtcDateTime, cancellationToken);
        audit.Add(actor, AuditActions.Update, nameof(ProviderAnnualAccount), $"{number}/{year}",
            FormattableString.Invariant($"{number} {year}: {places} places, costs {staff + premises + food + other:0.00}, {bands.Sum(b => b.ChildMonths)} child-months"));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A municipality's grant officer, or a provider's user (for its own organisation only).</summary>
    internal static async Task<CompensationAccess.Tenant> ReporterAsync(CompensationAccess access, Actor actor, CancellationToken cancellationToken)
    {
        var tenant = await access.TenantAsync(actor, cancellationToken);
        if (!tenant.CanChange && !tenant.IsProvider) throw new AccessDeniedException("Annual accounts are reported by the provider or entered by a grant officer.");
        return tenant;
    }
}

/// <summary>Imports annual accounts from CSV (<see cref="AnnualAccountInput.Columns"/>, comma or semicolon), all or nothing:
/// every problem names the file, line and column.</summary>
public sealed class ImportAnnualAccounts(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Result(int Accounts);

    public async Task<Result> HandleAsync(byte[] content, string fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await SaveAnnualAccount.ReporterAsync(access, actor, cancellationToken);
        var source = string.IsNullOrWhiteSpace(fileName) ? "upload.csv" : Path.GetFileName(fileName);
        var table = CsvTable.Parse(new UTF8Encoding(false, false).GetString(content), source);
        var problems = new List<InputProblem>(table.MissingColumns(AnnualAccountInput.Columns));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        if (table.Rows.Count == 0) throw new InputProblemsException(new InputProblem(source, null, "(file)", "the file has no accounts"));

        var groups = new Dictionary<(string Provider, int Year), (CsvRow First, AnnualAccountInput.Draft Draft, List<(CsvRow Row, ReportedBand Band)> Bands)>();
        string[] costColumns = ["places", "staff_costs", "premises_costs", "food_costs", "other_costs"];
        foreach (var row in table.Rows)
        {
            var before = problems.Count;
            var provider = row.Get("provider_id")?.Trim();
            if (string.IsNullOrEmpty(provider)) problems.Add(row.Problem("provider_id", "is missing"));
            var year = AnnualAccountInput.WholeNumber(row.Get("year"), AnnualAccountInput.FirstYear, AnnualAccountInput.MaxYear(clock), "a year", m => row.Problem("year", m), problems);
            var min = AnnualAccountInput.WholeNumber(row.Get("min_age"), 0, 20, "an age in years", m => row.Problem("min_age", m), problems);
            var max = AnnualAccountInput.WholeNumber(row.Get("max_age"), 0, 20, "an age in years, or empty for no upper limit", m => row.Problem("max_age", m), problems, required: false);
            var months = AnnualAccountInput.WholeNumber(row.Get("child_months"), 0, 1_000_000, "a number of child-months", m => row.Problem("child_months", m), problems);
            if (min is not null && max < min) problems.Add(row.Problem("max_age", $"{max} is below min_age {min}"));
            if (problems.Count > before) continue;
            var band = new ReportedBand(min!.Value, max, months!.Value);

            if (groups.TryGetValue((provider!, year!.Value), out var group))
            {
                // Places and costs belong to the account: later rows repeat them or leave them empty.
                foreach (var column in costColumns)
                    if (!string.IsNullOrWhiteSpace(row.Get(column)) && Normal(row.Get(column)) != Normal(group.First.Get(column)))
                        problems.Add(row.Problem(column, $"differs from line {group.First.Line} for the same provider and year; leave it empty or repeat it"));
                group.Bands.Add((row, band));
                continue;
            }
            var places = AnnualAccountInput.WholeNumber(row.Get("places"), 0, 100_000, "a number of places", m => row.Problem("places", m), problems);
            var staff = AnnualAccountInput.Cost(row.Get("staff_costs"), m => row.Problem("staff_costs", m), problems);
            var premises = AnnualAccountInput.Cost(row.Get("premises_costs"), m => row.Problem("premises_costs", m), problems);
            var food = AnnualAccountInput.Cost(row.Get("food_costs"), m => row.Problem("food_costs", m), problems);
            var other = AnnualAccountInput.Cost(row.Get("other_costs"), m => row.Problem("other_costs", m), problems);
            if (problems.Count > before) continue;
            groups.Add((provider!, year.Value), (row, new AnnualAccountInput.Draft(provider!, year.Value, places!.Value, staff!.Value, premises!.Value, food!.Value, other!.Value, []),
                [(row, band)]));
        }
        foreach (var (_, (_, draft, bands)) in groups)
        {
            draft.Bands.AddRange(bands.Select(b => b.Band));
            foreach (var (band, before) in AnnualAccountInput.Overlapping(draft.Bands))
                problems.Add(bands[band].Row.Problem("min_age",
                    $"band {AnnualAccountInput.Label(draft.Bands[band])} overlaps band {AnnualAccountInput.Label(draft.Bands[before])} on line {bands[before].Row.Line} for {draft.ProviderNumber} {draft.Year}"));
        }

        var drafts = groups.Values.Select(g => (g.Draft, (Func<string, string, InputProblem>)g.First.Problem)).ToList();
        var count = await AnnualAccountInput.SaveAsync(db, tenant, drafts, problems, clock.GetUtcNow().UtcDateTime, cancellationToken);
        audit.Add(actor, AuditActions.Import, nameof(ProviderAnnualAccount), null, $"{source}: {count} accounts, {table.Rows.Count} rows");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(count);
    }

    private static string Normal(string? text) => SaveRateVersion.ParseAmount(text)?.ToString(CultureInfo.InvariantCulture) ?? text?.Trim() ?? "";
}

/// <summary>Cost coverage: each provider's reported cost per child-month against the grant per child-month, per age band,
/// for one year. The grant is the engine's over that year with the rule set used for payments and today's facts (what the
/// year pays, corrections included). A provider's users see their own provider only.</summary>
public sealed class GetCostCoverage(SamverkaDbContext db, CompensationAccess access, AuditLog audit)
{
    public sealed record Row(Guid ProviderId, string ProviderNumber, string ProviderName, int Year, string Band, int Places, decimal TotalCosts,
        int ReportedChildMonths, int PaidChildMonths, decimal Grant, decimal? GrantPerChildMonth, decimal? CostPerChildMonth, decimal? CoveragePercent,
        string Explanation);

    public sealed record Result(int Year, string? RuleSetName, IReadOnlyList<Row> Rows);

    public async Task<Result> HandleAsync(int year, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.TenantAsync(actor, cancellationToken);
        if (year is < AnnualAccountInput.FirstYear or > 2200)
            throw new InputProblemsException(new InputProblem("cost-coverage", null, "year", FormattableString.Invariant($"{year} is not a year {AnnualAccountInput.FirstYear}-2200")));
        var query = db.Set<ProviderAnnualAccount>().AsNoTracking().Include(a => a.Bands).Where(a => a.MunicipalityId == tenant.MunicipalityId && a.Year == year);
        if (tenant.ProviderId is { } own) query = query.Where(a => a.ProviderId == own);
        var accounts = await query.ToListAsync(cancellationToken);
        var set = await db.Set<StoredRuleSet>().AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Bands)
            .SingleOrDefaultAsync(r => r.MunicipalityId == tenant.MunicipalityId && r.UsedForPayments, cancellationToken);
        var facts = await new PaymentMonthCalculator(db).FactsAsync(tenant.MunicipalityId, cancellationToken);
        IReadOnlyList<CompensationLine> lines = [];
        if (accounts.Count > 0 && set is not null)
        {
            var numbers = accounts.Select(a => facts.Providers.GetValueOrDefault(a.ProviderId)?.OrganisationNumber).ToHashSet();
            lines = CompensationCalculator.Calculate(facts.Enrollments.Where(e => numbers.Contains(e.ProviderId)).ToList(), set.ToRules(),
                new CalendarMonth(year, 1), new CalendarMonth(year, 12)).Lines;
        }
        var rows = new List<Row>();
        foreach (var account in accounts)
        {
            if (facts.Providers.GetValueOrDefault(account.ProviderId) is not { } provider) continue;
            var input = new AnnualAccount(provider.OrganisationNumber, year, account.Places, account.StaffCosts, account.PremisesCosts, account.FoodCosts,
                account.OtherCosts, account.Bands.Select(b => new ReportedBand(b.MinAge, b.MaxAge, b.ChildMonths)).ToList());
            rows.AddRange(CostCoverage.Compare(input, lines).Select(r => new Row(provider.Id, provider.OrganisationNumber, provider.Name, year, r.BandLabel,
                account.Places, input.TotalCosts, r.ReportedChildMonths, r.PaidChildMonths, r.Grant, r.GrantPerChildMonth, r.CostPerChildMonth,
                r.CoveragePercent, r.Explanation)));
        }
        await audit.WriteAsync(actor, AuditActions.Read, nameof(ProviderAnnualAccount), null,
            FormattableString.Invariant($"cost coverage {year}: {accounts.Count} accounts"), cancellationToken);
        return new Result(year, set?.Name, rows
            .OrderBy(r => r.ProviderName, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList());
    }
}
