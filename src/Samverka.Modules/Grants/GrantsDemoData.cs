using Microsoft.AspNetCore.Identity;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>Demo data of the Grants module: the programme "Verksamhetsbidrag sociala föreningar" of Exempelstad with
/// a 10 000 000 kr pot for next year, commitments from earlier multi-year decisions, a cut of 500 000 kr with its
/// decision, and three applicants (two associations and a foundation) with submitted applications; and sign-ins for
/// the second association and the foundation.</summary>
/// <remarks>The window is open from 30 days before the seeding to 21 days after it, so that the demo can apply.</remarks>
public static class GrantsDemoData
{
    public const string ProgrammeKey = "verksamhetsbidrag-sociala";

    /// <summary>The applicant sign-ins this module adds (password <see cref="DemoData.Password"/>).</summary>
    public static IReadOnlyList<(string Email, string Name, string OrganisationNumber)> Users { get; } =
    [
        ("forening2@samverka.demo", "Sara Stödperson", "802599-0022"),
        ("stiftelse@samverka.demo", "Bo Barnens sommar", "802599-0048"),
    ];

    public static void Seed(SamverkaDbContext db, IReadOnlyDictionary<string, Guid> organisationIds, IReadOnlyDictionary<string, IdentityRole> roles, DateTime now)
    {
        var hasher = new PasswordHasher<SamverkaUser>();
        foreach (var (email, name, number) in Users)
        {
            var user = new SamverkaUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = name, OrganisationId = organisationIds[number], LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            user.PasswordHash = hasher.HashPassword(user, DemoData.Password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[Roles.PartnerUser].Id });
        }

        var today = DateOnly.FromDateTime(Platform.SwedishTime.ToLocal(now));
        var opens = today.AddDays(-30);
        var closes = today.AddDays(21);
        var decisionDate = closes.AddDays(14).Year > closes.Year ? closes : closes.AddDays(14);
        var year = decisionDate.Year + 1;
        var programme = new GrantProgramme
        {
            Id = Guid.NewGuid(), Key = ProgrammeKey, Name = "Verksamhetsbidrag sociala föreningar", Kind = GrantKind.Operating,
            OwnerOrganisationId = organisationIds["212000-9994"], CreatedAt = now,
        };
        db.GrantProgrammes.Add(programme);
        var adopted = new Decision("Socialnämnden", today.AddDays(-60), $"SN {today.AddDays(-60):yyyy-MM-dd} § 41", $"Riktlinjer och budget för verksamhetsbidrag {year}");
        var py = new GrantProgrammeYear
        {
            Id = Guid.NewGuid(), ProgrammeId = programme.Id, Programme = programme, Year = year, Pot = 10_000_000m,
            OpensAtUtc = ApplicationWindow.FromStockholmWallClock(opens.ToDateTime(TimeOnly.MinValue)).UtcDateTime,
            ClosesAtUtc = ApplicationWindow.FromStockholmWallClock(closes.ToDateTime(TimeOnly.MinValue)).UtcDateTime,
            DecisionDate = decisionDate,
            PriorityAreas = "Barn och unga\nPsykisk hälsa\nÄldres ensamhet",
            CapPerYear = 1_500_000m, MaxYears = 3,
            DirectForms = nameof(OrganisationForm.NonProfitAssociation), AfterAssessmentForms = $"{nameof(OrganisationForm.Foundation)},{nameof(OrganisationForm.Other)}",
            DecisionBody = adopted.Body, DecisionDay = adopted.Date, DecisionReference = adopted.Reference, DecisionTitle = adopted.Title,
            ProposalMode = ProposalMode.FullFunding,
        };
        py.Criteria =
        [
            new GrantCriterion { ProgrammeYearId = py.Id, Position = 0, Key = "malgrupp", Name = "Målgrupp och behov", Weight = 0.5m },
            new GrantCriterion { ProgrammeYearId = py.Id, Position = 1, Key = "metod", Name = "Metod och genomförande", Weight = 0.3m },
            new GrantCriterion { ProgrammeYearId = py.Id, Position = 2, Key = "uppfoljning", Name = "Uppföljning", Weight = 0.2m },
        ];
        db.GrantProgrammeYears.Add(py);

        // Pots for the coming years (the planned frame), earlier multi-year decisions carried in, and the cut.
        var earlier = new Decision("Socialnämnden", new DateOnly(year - 2, 11, 20), $"SN {year - 2}-11-20 § 112", $"Verksamhetsbidrag {year - 1}-{year + 1}");
        var earlier2 = new Decision("Socialnämnden", new DateOnly(year - 1, 11, 19), $"SN {year - 1}-11-19 § 98", $"Verksamhetsbidrag {year}-{year + 2}");
        var cut = new Decision("Kommunfullmäktige", today.AddDays(-10), $"KF {today:yyyy-MM-dd} § 7", $"Budget {year}: socialnämndens ram minskas");
        var entries = new List<(LedgerEntry, string?)>
        {
            (py.PotEntryFor(adopted), null),
            (new LedgerEntry(year + 1, LedgerEntryKind.PotSet, 10_000_000m, adopted.Date, adopted), "Planeringsram"),
            (new LedgerEntry(year + 2, LedgerEntryKind.PotSet, 10_000_000m, adopted.Date, adopted), "Planeringsram"),
            (new LedgerEntry(year, LedgerEntryKind.Commitment, 3_600_000m, earlier.Date, earlier) { Reference = earlier.Reference }, "Fleråriga bidrag beslutade " + (year - 2)),
            (new LedgerEntry(year, LedgerEntryKind.Commitment, 2_600_000m, earlier2.Date, earlier2) { Reference = earlier2.Reference }, "Fleråriga bidrag beslutade " + (year - 1)),
            (new LedgerEntry(year + 1, LedgerEntryKind.Commitment, 2_600_000m, earlier2.Date, earlier2) { Reference = earlier2.Reference }, "Fleråriga bidrag beslutade " + (year - 1)),
            (new LedgerEntry(year, LedgerEntryKind.BudgetChange, -500_000m, cut.Date, cut), "Besparing 500 000 kr"),
        };
        BudgetLedger.Empty(programme.Key).Add(entries.Select(e => e.Item1)); // the demo ledger obeys the ledger's rules
        long sequence = 0;
        foreach (var (entry, note) in entries)
        {
            var row = GrantLedgerEntry.From(programme.Id, entry, note, now, "demo");
            row.Sequence = ++sequence;
            db.GrantLedgerEntries.Add(row);
        }

        var submitted = now.AddDays(-3);
        GrantApplicationRecord Apply(int number, string orgNumber, string purpose, string target, string areas, params decimal[] amounts)
        {
            var a = new GrantApplicationRecord
            {
                Id = Guid.NewGuid(), ProgrammeYearId = py.Id, Number = number, OrganisationId = organisationIds[orgNumber], Status = GrantApplicationStatus.Submitted,
                Purpose = purpose, Activities = "Veckovisa träffar, läxhjälp och sommaraktiviteter.", TargetGroup = target, PriorityAreas = areas,
                Budget = "Intäkter: medlemsavgifter och bidrag. Kostnader: lokalhyra, material, arvoden.", SubmittedAt = submitted.AddMinutes(number),
                CreatedAt = submitted, UpdatedAt = submitted,
            };
            for (var i = 0; i < amounts.Length; i++)
                a.Amounts.Add(new GrantApplicationAmount { ApplicationId = a.Id, Kind = GrantAmountKind.Applied, Year = year + i, Amount = amounts[i] });
            db.GrantApplications.Add(a);
            return a;
        }
        Apply(1, "802599-0014", "Idrott för barn i utsatta områden", "Barn 7-15 år", "Barn och unga", 400_000m, 400_000m);
        Apply(2, "802599-0022", "Stödpersoner för äldre som är ensamma", "Äldre över 75 år", "Äldres ensamhet\nPsykisk hälsa", 300_000m, 300_000m, 300_000m);
        Apply(3, "802599-0048", "Sommarkollo för barn som inte annars reser", "Barn 8-12 år", "Barn och unga", 250_000m);
    }

    private static LedgerEntry PotEntryFor(this GrantProgrammeYear year, Decision decision) => new(year.Year, LedgerEntryKind.PotSet, year.Pot, decision.Date, decision);
}
