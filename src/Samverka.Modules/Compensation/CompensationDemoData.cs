using Microsoft.EntityFrameworkCore;
using Samverka.Rules.Compensation;

namespace Samverka.Modules.Compensation;

/// <summary>Demo data: Exempelstads kommun's cooperative family networks, about forty children with enrollments and a few
/// notices, the rule set in force with two rate versions, and a proposal to compare with, so that the payment month
/// preview shows at once. Every name and number is fictional. The providers' payee accounts are set in the registry
/// (<see cref="DemoData"/>).</summary>
public static class CompensationDemoData
{
    public const string MunicipalityNumber = "212000-9994";

    /// <summary>Fixed, so that the demo is the same whatever day it is seeded.</summary>
    private static readonly DateOnly Today = new(2026, 11, 1);

    public static async Task SeedAsync(SamverkaDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var municipality = await db.OrganisationInfos().SingleOrDefaultAsync(o => o.OrganisationNumber == MunicipalityNumber, cancellationToken);
        if (municipality is null || await db.Set<StoredRuleSet>().AnyAsync(r => r.MunicipalityId == municipality.Id, cancellationToken)) return;

        var providers = await db.OrganisationInfos().Where(o => o.RegisteredById == municipality.Id && o.Kind == OrganisationKind.Provider)
            .OrderBy(o => o.OrganisationNumber).ToListAsync(cancellationToken);

        // Approvals (the accounts the money goes to and leaves from are the organisations' own, in the registry).
        (string Number, DateOnly From, string Decision)[] approvals =
        [
            ("769699-0014", new(2006, 8, 1), "BUN 2006-06-13 § 41"),
            ("769699-0022", new(2007, 1, 1), "BUN 2006-11-21 § 88"),
            ("769699-0030", new(2012, 8, 1), "BUN 2012-05-15 § 37"),
            ("769699-0048", new(2024, 1, 1), "BUN 2023-10-17 § 102"),
        ];
        foreach (var (number, from, decision) in approvals)
            if (providers.FirstOrDefault(p => p.OrganisationNumber == number) is { } p)
                db.Add(new ProviderApproval { ProviderId = p.Id, MunicipalityId = municipality.Id, ApprovedFrom = from, Decision = decision, UpdatedAt = now });
        db.Add(new CompensationSettings { MunicipalityId = municipality.Id, UpdatedAt = now });

        // The rule set in force and a proposal.
        var inForce = RuleSetFiles.FromRules(municipality.Id, "Gällande regler", new CompensationRuleSet(AgeRule.FirstOfMonth, 1, Proration.ByDay, 3,
        [
            new RateVersion(new(2025, 1), "KS 2024-11-20 § 187", [new AgeBand(0, 3, 10120.00m), new AgeBand(4, 6, 7480.25m)]),
            new RateVersion(new(2026, 1), "KS 2025-12-10 § 212", [new AgeBand(0, 3, 10480.00m), new AgeBand(4, 6, 7750.00m)]),
        ]), now);
        inForce.UsedForPayments = true;
        db.Add(inForce);
        db.Add(RuleSetFiles.FromRules(municipality.Id, "Förslag: en åldersgrupp för alla", new CompensationRuleSet(AgeRule.FirstOfMonth, 1, Proration.ByDay, 3,
        [
            new RateVersion(new(2025, 1), "KS 2024-11-20 § 187", [new AgeBand(0, 3, 10120.00m), new AgeBand(4, 6, 7480.25m)]),
            new RateVersion(new(2026, 1), "Förslag till KS 2026-12", [new AgeBand(0, 6, 9150.00m)]),
        ]), now));

        // About forty children: born 2020-2025, enrolled from their first or second year, a few leaving with notice.
        var random = new Random(20070614);
        var demoProviders = providers.Where(p => approvals.Any(a => a.Number == p.OrganisationNumber)).ToList();
        for (var i = 0; i < 40; i++)
        {
            var birth = new DateOnly(2020, 9, 1).AddDays(random.Next(0, 4 * 365 + 200));
            var start = birth.AddYears(1).AddDays(random.Next(0, 240));
            if (start < new DateOnly(2024, 8, 1)) start = new DateOnly(2024, 8, 1).AddDays(random.Next(0, 30));
            if (start > Today) start = new DateOnly(2026, 8, 15);
            var provider = demoProviders[i % demoProviders.Count];
            var child = new CompensationChild
            {
                Id = Guid.NewGuid(), MunicipalityId = municipality.Id, Key = $"EX-{i + 1:D4}", BirthDate = birth, CreatedAt = now, UpdatedAt = now,
            };
            DateOnly? end = null;
            DateOnly? notice = null;
            if (birth.Year == 2020) end = new DateOnly(2026, 6, 30); // to förskoleklass
            else if (i % 13 == 5)
            {
                notice = new DateOnly(2026, 10, 6 + i % 10);
                end = new DateOnly(2026, 10, 31);
            }
            child.Enrollments.Add(new CompensationEnrollment { Id = Guid.NewGuid(), ChildId = child.Id, ProviderId = provider.Id, Start = start, End = end, Notice = notice, UpdatedAt = now });
            if (i % 13 == 5)
            {
                // Moves to the next network: the old one is paid through the transition months as well.
                var next = demoProviders[(i + 1) % demoProviders.Count];
                child.Enrollments.Add(new CompensationEnrollment { Id = Guid.NewGuid(), ChildId = child.Id, ProviderId = next.Id, Start = new DateOnly(2026, 11, 1), UpdatedAt = now });
            }
            db.Add(child);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
