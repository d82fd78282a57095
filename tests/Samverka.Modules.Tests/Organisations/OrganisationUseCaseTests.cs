using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations;

namespace Samverka.Modules.Tests.Organisations;

public class OrganisationUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ByGrantOfficer_RegistersPartnerAndAuditsInSameSave()
    {
        await using var db = await TestDatabase.CreateAsync();
        var actor = await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer);
        var number = Numbers.Fresh();
        var id = await db.Get<CreateOrganisation>().HandleAsync(
            new OrganisationInput { OrganisationNumber = number.Replace("-", ""), Name = " Vitsippans familjenätverk ", Kind = OrganisationKind.Provider }, actor, Ct);

        await using var fresh = db.FreshContext();
        var saved = await fresh.Organisations.SingleAsync(o => o.Id == id, Ct);
        Assert.Equal(number, saved.OrganisationNumber);
        Assert.Equal("Vitsippans familjenätverk", saved.Name);
        Assert.Equal(actor.OrganisationId, saved.RegisteredById);
        Assert.True(await fresh.AuditEntries.AnyAsync(e => e.Action == AuditActions.Create && e.SubjectId == id.ToString(), Ct));
    }

    [Fact]
    public async Task Create_WithSeveralProblems_ListsEveryOneAndWritesNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var actor = await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer);
        var count = await db.Db.Organisations.CountAsync(Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<CreateOrganisation>().HandleAsync(
            new OrganisationInput { OrganisationNumber = Numbers.Exempelstad, Name = "", Kind = OrganisationKind.Municipality, Email = "nej" }, actor, Ct));
        Assert.Equal(
            ["Email", "Kind", "Name", "OrganisationNumber"],
            e.Problems.Select(p => p.Field).Order().ToArray());
        Assert.Equal(count, await db.FreshContext().Organisations.CountAsync(Ct));
    }

    [Fact]
    public async Task List_RespectsTenancy()
    {
        await using var db = await TestDatabase.CreateAsync();
        var list = db.Get<ListOrganisations>();
        async Task<List<string>> NamesAsync(Actor a) =>
            (await list.HandleAsync(new ListOrganisations.Request(null, null, PageRequest.All()), a, Ct)).Items.Select(i => i.Name).ToList();

        var partner = await NamesAsync(await db.ActorAsync(Numbers.Solrosen, Roles.PartnerUser));
        Assert.Equal(["Solrosens familjenätverk ekonomisk förening"], partner);

        var unit = await NamesAsync(await db.ActorAsync(Numbers.FamiljehemMitt, Roles.JointUnitStaff));
        Assert.Equal(7, unit.Count);

        var harnosand = await NamesAsync(await db.ActorAsync(Numbers.Harnosand, Roles.GrantOfficer));
        Assert.Equal(["Familjehem Mitt", "Härnösands kommun"], harnosand.Order().ToList());

        var admin = await NamesAsync(await db.ActorAsync(Numbers.Harnosand, Roles.Administrator));
        Assert.Equal(await db.Db.Organisations.CountAsync(Ct), admin.Count);
    }

    [Fact]
    public async Task List_SearchesAndSortsAndPages()
    {
        await using var db = await TestDatabase.CreateAsync();
        var admin = Actor.CommandLine();
        var page = await db.Get<ListOrganisations>().HandleAsync(
            new ListOrganisations.Request(null, OrganisationKind.Municipality, new PageRequest(2, 3, "number", Descending: false)), admin, Ct);
        Assert.Equal(7, page.TotalCount);
        Assert.Equal(3, page.PageCount);
        Assert.Equal(["212000-2635", "212000-2643", "212000-2650"], page.Items.Select(i => i.OrganisationNumber).ToArray());

        var search = await db.Get<ListOrganisations>().HandleAsync(new ListOrganisations.Request("SOLROS", null, new PageRequest()), admin, Ct);
        Assert.Single(search.Items);
    }

    [Fact]
    public async Task Update_OfInvisibleOrganisation_ReturnsFalse()
    {
        await using var db = await TestDatabase.CreateAsync();
        var actor = await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer);
        var harnosand = await db.Db.Organisations.Where(o => o.OrganisationNumber == Numbers.Harnosand).Select(o => o.Id).SingleAsync(Ct);
        Assert.False(await db.Get<UpdateOrganisation>().HandleAsync(harnosand,
            new OrganisationInput { OrganisationNumber = Numbers.Harnosand, Name = "X", Kind = OrganisationKind.Municipality }, actor, Ct));
    }

    [Fact]
    public async Task Update_ByCommitteeMember_IsDenied()
    {
        await using var db = await TestDatabase.CreateAsync();
        var actor = await db.ActorAsync(Numbers.Exempelstad, Roles.CommitteeMember);
        var solrosen = await db.Db.Organisations.Where(o => o.OrganisationNumber == Numbers.Solrosen).Select(o => o.Id).SingleAsync(Ct);
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<UpdateOrganisation>().HandleAsync(solrosen,
            new OrganisationInput { OrganisationNumber = Numbers.Solrosen, Name = "X", Kind = OrganisationKind.Provider }, actor, Ct));
    }

    [Fact]
    public async Task Import_WithBadRows_ListsEveryRowAndWritesNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var good = Numbers.Fresh();
        var csv = $"Organisationsnummer;Namn;Typ\n{good};Bra;Förening\n{good};Dubblett;Förening\n{Numbers.Exempelstad};Finns;Förening\n;Utan nummer;Förening\n";
        var count = await db.Db.Organisations.CountAsync(Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() =>
            db.Get<ImportOrganisations>().HandleAsync(new ImportOrganisations.Request(csv, "f.csv"), Actor.CommandLine(), Ct));
        Assert.Equal(
            ["f.csv:3: Organisationsnummer: appears more than once in the file",
             "f.csv:4: Organisationsnummer: is already in the registry",
             "f.csv:5: Organisationsnummer: is required"],
            e.Problems.Select(p => p.ToString()).ToArray());
        Assert.Equal(count, await db.FreshContext().Organisations.CountAsync(Ct));
    }

    [Fact]
    public async Task Import_JointOrganisationWithHostAndMembersInFile_LinksThem()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (joint, a, b) = (Numbers.Fresh(), Numbers.Fresh(), Numbers.Fresh());
        var csv = "OrganisationNumber,Name,Kind,MemberOf,Host\n" +
                  $"{a},Kommun A,Kommun,{joint},\n" +
                  $"{joint},Gemensamma nämnden,Gemensam organisation,,{a}\n" +
                  $"{b},Kommun B,Municipality,{joint},\n";
        var result = await db.Get<ImportOrganisations>().HandleAsync(new ImportOrganisations.Request(csv, "g.csv"), Actor.CommandLine(), Ct);
        Assert.Equal(3, result.Created);

        await using var fresh = db.FreshContext();
        var saved = await fresh.Organisations.Include(o => o.Members).ThenInclude(m => m.Member).SingleAsync(o => o.OrganisationNumber == joint, Ct);
        Assert.Equal(["Kommun A", "Kommun B"], saved.Members.Select(m => m.Member!.Name).Order().ToArray());
        Assert.Equal(a, (await fresh.Organisations.SingleAsync(o => o.Id == saved.HostId, Ct)).OrganisationNumber);
    }

    [Fact]
    public async Task Import_MissingColumns_NamesThem()
    {
        await using var db = await TestDatabase.CreateAsync();
        var e = await Assert.ThrowsAsync<InputProblemsException>(() =>
            db.Get<ImportOrganisations>().HandleAsync(new ImportOrganisations.Request("Namn\nX\n", "h.csv"), Actor.CommandLine(), Ct));
        Assert.Equal(["OrganisationNumber", "Kind"], e.Problems.Select(p => p.Field).ToArray());
        Assert.All(e.Problems, p => Assert.Equal(1, p.Line));
    }
}
