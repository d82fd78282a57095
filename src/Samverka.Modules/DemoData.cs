using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations;

namespace Samverka.Modules;

/// <summary>Demo data for the embedded default: a joint foster-home unit hosted by Härnösand with its member
/// municipalities, a fictional municipality with cooperative family networks, a few associations, and one user per role.</summary>
/// <remarks>
/// The Västernorrland municipalities carry the organisation numbers we believe are theirs (all pass the Luhn check;
/// verify against Bolagsverket before using them for anything real). Every other name and number is fictional.
/// Seeded only into an empty database (no organisations).
/// </remarks>
public static class DemoData
{
    public const string Password = "Samverka-demo-1";

    /// <summary>The demo sign-ins: user name, role, organisation.</summary>
    public static IReadOnlyList<(string Email, string Name, string Role, string OrganisationNumber)> Users { get; } =
    [
        ("admin@samverka.demo", "Alva Administratör", Roles.Administrator, "212000-2627"),
        ("handlaggare@samverka.demo", "Hugo Handläggare", Roles.GrantOfficer, "212000-9994"),
        ("controller@samverka.demo", "Cecilia Controller", Roles.Controller, "212000-9994"),
        ("namnd@samverka.demo", "Nils Nämndledamot", Roles.CommitteeMember, "212000-9994"),
        ("enhet@samverka.demo", "Elin Enhetspersonal", Roles.JointUnitStaff, "222999-0011"),
        ("anordnare@samverka.demo", "Anna Anordnare", Roles.PartnerUser, "769699-0014"),
        ("forening@samverka.demo", "Frida Förening", Roles.PartnerUser, "802599-0014"),
        ("revisor@samverka.demo", "Rune Revisor", Roles.Auditor, "212000-9994"),
    ];

    public static async Task<bool> SeedIfEmptyAsync(SamverkaDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (await db.Organisations.AnyAsync(cancellationToken)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var byNumber = new Dictionary<string, Organisation>();
        Organisation Add(string number, string name, OrganisationKind kind, string? email = null, string? phone = null, string? address = null, Organisation? registeredBy = null)
        {
            var o = new Organisation
            {
                Id = Guid.NewGuid(), OrganisationNumber = number, Name = name, Kind = kind, Email = email, Phone = phone, Address = address,
                RegisteredById = registeredBy?.Id, CreatedAt = now, UpdatedAt = now,
            };
            byNumber[number] = o;
            db.Organisations.Add(o);
            return o;
        }

        // The joint foster-home unit and its members.
        var harnosand = Add("212000-2627", "Härnösands kommun", OrganisationKind.Municipality, "kommunen@harnosand.se", "0611-34 80 00", "871 80 Härnösand");
        var members = new[]
        {
            harnosand,
            Add("212000-2635", "Kramfors kommun", OrganisationKind.Municipality, address: "872 80 Kramfors"),
            Add("212000-2643", "Sollefteå kommun", OrganisationKind.Municipality, address: "881 80 Sollefteå"),
            Add("212000-2403", "Timrå kommun", OrganisationKind.Municipality, address: "861 82 Timrå"),
            Add("212000-2387", "Ånge kommun", OrganisationKind.Municipality, address: "841 81 Ånge"),
            Add("212000-2650", "Örnsköldsviks kommun", OrganisationKind.Municipality, address: "891 88 Örnsköldsvik"),
        };
        // The accounts Kramfors and Timrå pay their family homes' fees from (pain.001's debtor account).
        (members[1].PayeeAccountKind, members[1].PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Bankgiro, "54312343");
        (members[3].PayeeAccountKind, members[3].PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Bankgiro, "54323456");
        var unit = Add("222999-0011", "Familjehem Mitt", OrganisationKind.JointOrganisation, "familjehem.mitt@example.se", address: "Box 1, 871 80 Härnösand");
        unit.HostId = harnosand.Id;
        foreach (var m in members) unit.Members.Add(new OrganisationMembership { JointOrganisationId = unit.Id, MemberId = m.Id });

        // A municipality with cooperative family networks and associations.
        var exempelstad = Add("212000-9994", "Exempelstads kommun", OrganisationKind.Municipality, "kommun@exempelstad.example", "010-100 00 00", "Storgatan 1, 123 45 Exempelstad");
        // The account grants and child-care grants are paid from (pain.001's debtor account).
        (exempelstad.PayeeAccountKind, exempelstad.PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Bankgiro, "50501550");
        // The family networks are paid child-care grants to their payee accounts (the account numbers pass their check digits).
        var solrosen = Add("769699-0014", "Solrosens familjenätverk ekonomisk förening", OrganisationKind.Provider, "solrosen@example.se", "070-111 11 11", "Solrosvägen 3, 123 46 Exempelstad", exempelstad);
        (solrosen.PayeeAccountKind, solrosen.PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Bankgiro, "50501220");
        var larkan = Add("769699-0022", "Lärkans kooperativa familjedaghem", OrganisationKind.Provider, "larkan@example.se", null, "Lärkstigen 5, 123 47 Exempelstad", exempelstad);
        (larkan.PayeeAccountKind, larkan.PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Bankgiro, "50501337");
        var ekorren = Add("769699-0030", "Ekorrens familjenätverk", OrganisationKind.Provider, "ekorren@example.se", null, null, exempelstad);
        (ekorren.PayeeAccountKind, ekorren.PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Plusgiro, "481234");
        var humlan = Add("769699-0048", "Humlans kooperativa familjenätverk", OrganisationKind.Provider, "humlan@example.se", null, "Humlegången 2, 123 48 Exempelstad", exempelstad);
        (humlan.PayeeAccountKind, humlan.PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Bankgiro, "50501444");
        // The grant applicants have payee accounts (bankgiro, plusgiro, IBAN) so that their grants can be paid.
        var sportsClub = Add("802599-0014", "Exempelstads idrottsförening", OrganisationKind.Association, "kansli@exempelstadsif.example", null, null, exempelstad);
        (sportsClub.PayeeAccountKind, sportsClub.PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Bankgiro, "54021126");
        var supporters = Add("802599-0022", "Föreningen Stödpersonerna", OrganisationKind.Association, "info@stodpersonerna.example", null, null, exempelstad);
        (supporters.PayeeAccountKind, supporters.PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Plusgiro, "4123451");
        Add("802599-0030", "Hyresgästföreningen Exempelstad", OrganisationKind.Association, null, null, null, exempelstad);
        var foundation = Add("802599-0048", "Stiftelsen Barnens sommar", OrganisationKind.Foundation, null, null, null, exempelstad);
        (foundation.PayeeAccountKind, foundation.PayeeAccountNumber) = (PaymentFiles.PaymentAccountKind.Iban, "SE4550000000058398257466");
        Add("232199-9993", "Region Exempelland", OrganisationKind.Region);
        Add("202100-5521", "Försäkringskassan", OrganisationKind.Agency);

        var roles = new Dictionary<string, IdentityRole>();
        foreach (var role in Roles.All)
        {
            var r = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() };
            roles[role] = r;
            if (!await db.Roles.AnyAsync(x => x.NormalizedName == r.NormalizedName, cancellationToken)) db.Roles.Add(r);
            else roles[role] = await db.Roles.SingleAsync(x => x.NormalizedName == r.NormalizedName, cancellationToken);
        }

        var hasher = new PasswordHasher<SamverkaUser>();
        foreach (var (email, name, role, number) in Users)
        {
            var user = new SamverkaUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = name, OrganisationId = byNumber[number].Id, LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            user.PasswordHash = hasher.HashPassword(user, Password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
        }
        Grants.GrantsDemoData.Seed(db, byNumber.ToDictionary(o => o.Key, o => o.Value.Id), roles, now);
        await db.SaveChangesAsync(cancellationToken);
        await FosterCare.FosterCareDemoData.SeedAsync(db, clock, cancellationToken);
        await Compensation.CompensationDemoData.SeedAsync(db, clock, cancellationToken);
        return true;
    }
}
