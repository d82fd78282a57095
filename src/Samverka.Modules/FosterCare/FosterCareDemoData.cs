using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Rules.FosterCare;

namespace Samverka.Modules.FosterCare;

/// <summary>Demo data of Familjehem Mitt: the members' agreements (5 years, 12 months' notice), a cost budget for this
/// year with the board's 0.5/0.5 weights, homes in various recruitment states, placements from Kramfors and Timrå, an
/// open request, and a placing social worker at each of those two members.</summary>
/// <remarks>Every person, personnummer and address is fictional (the numbers pass the check digit only).</remarks>
public static class FosterCareDemoData
{
    /// <summary>The module's demo sign-ins (password <see cref="DemoData.Password"/>).</summary>
    public static IReadOnlyList<(string Email, string Name, string Role, string OrganisationNumber)> Users { get; } =
    [
        ("socialsekreterare.kramfors@samverka.demo", "Karin Kramfors", Roles.GrantOfficer, "212000-2635"),
        ("socialsekreterare.timra@samverka.demo", "Tomas Timrå", Roles.GrantOfficer, "212000-2403"),
    ];

    public const string UnitNumber = "222999-0011";

    public static async Task SeedAsync(SamverkaDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var access = new FosterCareAccess(db);
        var byNumber = await access.IdsByNumberAsync(cancellationToken);
        if (!byNumber.TryGetValue(UnitNumber, out var unitId) || await db.Set<MemberAgreementRecord>().AnyAsync(cancellationToken)) return;
        var today = clock.Today();
        var year = today.Year;
        Guid Org(string number) => byNumber[number];

        // Users at two members.
        var role = await db.Roles.SingleAsync(r => r.NormalizedName == Roles.GrantOfficer.ToUpperInvariant(), cancellationToken);
        var hasher = new PasswordHasher<SamverkaUser>();
        foreach (var (email, name, _, number) in Users)
        {
            var user = new SamverkaUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = name, OrganisationId = Org(number), LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            user.PasswordHash = hasher.HashPassword(user, DemoData.Password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }

        // Agreements, keys and costs.
        var members = new (string Number, string Mail, decimal Population)[]
        {
            ("212000-2627", "ekonomi@harnosand.example", 24_900m), ("212000-2635", "ekonomi@kramfors.example", 18_300m),
            ("212000-2643", "ekonomi@solleftea.example", 19_000m), ("212000-2403", "ekonomi@timra.example", 18_100m),
            ("212000-2387", "ekonomi@ange.example", 9_000m), ("212000-2650", "ekonomi@ornskoldsvik.example", 56_000m),
        };
        var start = new DateOnly(year - 2, 1, 1);
        foreach (var (number, mail, population) in members)
        {
            db.Add(new MemberAgreementRecord { Id = Guid.NewGuid(), UnitId = unitId, MemberId = Org(number), Start = start, TermYears = 5, NoticeMonths = 12, RenewalYears = 5, InvoiceEmail = mail });
            db.Add(new MemberKeysRecord { Id = Guid.NewGuid(), UnitId = unitId, Period = year.ToString(System.Globalization.CultureInfo.InvariantCulture), MemberId = Org(number), Population = population });
        }
        db.Add(new CostWeightsRecord
        {
            Id = Guid.NewGuid(), UnitId = unitId, EffectiveFrom = start, SizeWeight = 0.5m, UsageWeight = 0.5m,
            Decision = new DecisionRecord { Body = "Direktionen för Familjehem Mitt", Date = start.AddDays(-45), Reference = $"FM {year - 3}/14 § 7", Title = "Fördelning av enhetens kostnad" },
        });
        foreach (var (type, amount) in new[] { ("Personal", 6_200_000m), ("Lokaler", 650_000m), ("Utbildning och handledning", 750_000m), ("Övrigt", 200_000m) })
            db.Add(new UnitCostRecord { Id = Guid.NewGuid(), UnitId = unitId, Period = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Basis = CostBasis.Budget, CostType = type, Amount = amount });
        foreach (var (number, _, _) in members)
            db.Add(new ConsultantPriceRecord
            {
                Id = Guid.NewGuid(), UnitId = unitId, MemberId = Org(number), EffectiveFrom = start, DailyPrice = number == "212000-2650" ? 3_100m : 2_850m,
                Decision = new DecisionRecord { Body = "Socialnämnden", Date = start.AddDays(-30), Reference = $"SN {year - 3}/40 § 12", Title = "Jämförelsepris konsulentstött familjehem" },
            });
        // Fees to the homes: one table from the agreements' start (arvode / omkostnadsersättning per month and age band).
        db.Add(new FeeTableVersionRecord
        {
            Id = Guid.NewGuid(), UnitId = unitId, EffectiveFrom = start,
            Decision = new DecisionRecord { Body = "Direktionen för Familjehem Mitt", Date = start.AddDays(-40), Reference = $"FM {year - 3}/14 § 9", Title = "Arvoden och omkostnadsersättningar" },
            Bands = [.. new[] { (0, 6, 8_900m, 5_200m), (7, 12, 9_800m, 5_900m), (13, 20, 10_700m, 6_800m) }
                .Select(b => new FeeBandRecord { Id = Guid.NewGuid(), FromAge = b.Item1, ToAge = b.Item2, Fee = b.Item3, ExpenseAllowance = b.Item4 })],
        });
        db.Add(new UnitInvoicingRecord { UnitId = unitId, Bankgiro = "5050-1055", Reference = "Elin Enhetspersonal", ContactEmail = "familjehem.mitt@example.se", Street = "Box 1", PostalCode = "87180", City = "Härnösand" });

        // Homes: approved ones with a full history, others on the way.
        var serial = 0;
        string Pnr(int birthYear, int month, int day)
        {
            var nine = $"{birthYear % 100:D2}{month:D2}{day:D2}{(++serial * 37) % 1000:D3}";
            return $"{birthYear}{month:D2}{day:D2}-{nine[6..]}{Luhn.CheckDigit(nine)}";
        }
        var approvedFrom = new DateOnly(year - 2, 3, 1);
        FosterHomeRecord Home(string code, HomeType type, string municipality, int places, int min, int max, int siblings, string languages, string competences,
            string adult1, string adult2, RecruitmentState upTo, DateOnly inquiry)
        {
            var h = new FosterHomeRecord
            {
                Id = Guid.NewGuid(), UnitId = unitId, Code = code, Type = type, MunicipalityId = Org(municipality), Address = $"{code}-vägen 1",
                Places = places, MinAge = min, MaxAge = max, AcceptsSiblings = siblings > 1, MaxSiblingGroup = Math.Max(1, siblings), Languages = languages, Competences = competences,
                Adults = [new() { Id = Guid.NewGuid(), Name = adult1, Personnummer = Pnr(1978 + serial, 3, 14) }, new() { Id = Guid.NewGuid(), Name = adult2, Personnummer = Pnr(1980 + serial, 8, 2) }],
            };
            var steps = new List<(RecruitmentState, DateOnly)> { (RecruitmentState.Inquiry, inquiry) };
            var chain = new[] { (RecruitmentState.FirstContact, 10), (RecruitmentState.HomeStudy, 25), (RecruitmentState.Training, 120), (RecruitmentState.Approved, 180), (RecruitmentState.Available, 181) };
            foreach (var (state, days) in chain)
            {
                if (state > upTo && !(upTo is RecruitmentState.Occupied or RecruitmentState.Paused)) break;
                steps.Add((state, inquiry.AddDays(days)));
                if (state >= RecruitmentState.Training) { h.StudyCompletedOn = inquiry.AddDays(115); h.StudyAssessment = "Familjen bedöms lämplig att ta emot barn."; h.StudyDecidedBy = "Socialnämndens individutskott, Härnösand"; }
                if (state >= RecruitmentState.Approved) { h.TrainingCourse = "Ett hem att växa i"; h.TrainingSessions = 6; h.TrainingCompletedOn = inquiry.AddDays(175); }
            }
            if (upTo == RecruitmentState.Occupied) steps.Add((RecruitmentState.Occupied, inquiry.AddDays(190)));
            if (upTo == RecruitmentState.Paused) steps.Add((RecruitmentState.Paused, inquiry.AddDays(400)));
            h.Steps = steps.Select((s, i) => new FosterHomeStepRecord { Id = Guid.NewGuid(), Sequence = i, State = s.Item1, Date = s.Item2, Note = "" }).ToList();
            db.Add(h);
            return h;
        }
        var early = approvedFrom.AddDays(-181);
        var fh1 = Home("FH-001", HomeType.FamilyHome, "212000-2635", 2, 0, 12, 2, "svenska, arabiska", "trauma", "Anna Berg", "Johan Berg", RecruitmentState.Available, early);
        var fh2 = Home("FH-002", HomeType.FamilyHome, "212000-2627", 1, 4, 17, 1, "svenska", "adhd", "Lena Ek", "Per Ek", RecruitmentState.Occupied, early.AddDays(20));
        var fh3 = Home("FH-003", HomeType.EmergencyHome, "212000-2403", 2, 0, 17, 2, "svenska, engelska", "", "Sara Lind", "Ali Lind", RecruitmentState.Available, early.AddDays(40));
        Home("FH-004", HomeType.ReinforcedFamilyHome, "212000-2643", 1, 6, 17, 1, "svenska", "adhd, autism", "Maria Sjö", "Erik Sjö", RecruitmentState.Available, early.AddDays(60));
        Home("FH-005", HomeType.FamilyHome, "212000-2650", 2, 0, 10, 2, "svenska, somaliska", "", "Hodan Noor", "Abdi Noor", RecruitmentState.HomeStudy, today.AddDays(-200));
        Home("FH-006", HomeType.FamilyHome, "212000-2387", 1, 0, 6, 1, "svenska", "", "Eva Strand", "Olof Strand", RecruitmentState.Inquiry, today.AddDays(-5));
        Home("FH-007", HomeType.FamilyHome, "212000-2635", 1, 5, 15, 1, "svenska, finska", "", "Pirjo Mäki", "Lars Mäki", RecruitmentState.Training, today.AddDays(-150));
        Home("FH-008", HomeType.FamilyHome, "212000-2650", 1, 0, 17, 1, "svenska", "", "Karl Norr", "Greta Norr", RecruitmentState.Paused, early.AddDays(10));

        // Placements: two from Kramfors, one from Timrå (ended).
        void Place(FosterHomeRecord home, string member, string name, int birthYear, DateOnly from, DateOnly? to, LegalBasis basis)
        {
            var pnr = Pnr(birthYear, 5, 9);
            db.Add(new FosterPlacementRecord
            {
                Id = Guid.NewGuid(), UnitId = unitId, MemberId = Org(member), HomeId = home.Id, ChildRef = $"B-{serial:D4}", ChildName = name, ChildPersonnummer = pnr,
                ChildBirthDate = new DateOnly(birthYear, 5, 9), Start = from, End = to, LegalBasis = basis, CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
        }
        Place(fh2, "212000-2635", "Alva Demobarn", year - 11, approvedFrom.AddDays(30), null, LegalBasis.SoL);
        Place(fh1, "212000-2635", "Noah Demobarn", year - 6, new DateOnly(year, 2, 1), null, LegalBasis.Lvu);
        Place(fh3, "212000-2403", "Elsa Demobarn", year - 3, new DateOnly(year, 3, 10), new DateOnly(year, 4, 20), LegalBasis.SoL);

        // Where the placing members pay the fees of the homes with children (fictional accounts).
        foreach (var (home, payee, kind, number) in new[]
                 {
                     (fh1, "Anna och Johan Berg", PaymentFiles.PaymentAccountKind.Iban, "SE9880000832790000012345"),
                     (fh2, "Lena och Per Ek", PaymentFiles.PaymentAccountKind.Iban, "SE7160000000000123456789"),
                     (fh3, "Sara och Ali Lind", PaymentFiles.PaymentAccountKind.Plusgiro, "4123451"),
                 })
            db.Add(new FosterHomePayeeRecord { HomeId = home.Id, PayeeName = payee, AccountKind = kind, AccountNumber = number, ChangedAt = clock.GetUtcNow().UtcDateTime, ChangedBy = "demo" });

        db.Add(new PlacementRequestRecord
        {
            Id = Guid.NewGuid(), UnitId = unitId, MemberId = Org("212000-2635"), ChildBirthDate = new DateOnly(year - 8, 9, 1), Siblings = 0, Languages = "arabiska",
            Needs = "trauma", Urgency = Urgency.Urgent, FromDate = today.AddDays(14), WantedType = HomeType.FamilyHome, Status = RequestStatus.Open, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
