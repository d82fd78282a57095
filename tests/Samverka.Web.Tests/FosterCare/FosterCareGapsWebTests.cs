using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.FosterCare;
using Samverka.Rules.FosterCare;

namespace Samverka.Web.Tests.FosterCare;

/// <summary>The gaps of issue 4 closed over real HTTP on both databases: the reasons a placement ended or a request was
/// withdrawn in the lists (and never the child's identity to the unit), inputs of invoiced periods refused, step
/// documents over the API.</summary>
public abstract class FosterCareGapsWebTests(SamverkaAppFixture app)
{
    private const string Staff = "enhet@samverka.demo";
    private const string KramforsWorker = "socialsekreterare.kramfors@samverka.demo";
    private const string TimraWorker = "socialsekreterare.timra@samverka.demo";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<Guid> OrganisationAsync(string name)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }

    /// <summary>A home of the test's own, registered by staff through the API.</summary>
    private static async Task<Guid> RegisterHomeAsync(HttpClient staff, Guid municipality, string code)
    {
        var registered = await staff.PostAsJsonAsync("/api/foster-care/homes", new
        {
            code, type = "FamilyHome", municipalityId = municipality, address = "Storgatan 3, Kramfors", places = 2, minAge = 0, maxAge = 17, acceptsSiblings = false,
            inquiryDate = "2000-01-05", adult1Name = "Eva Luckan", adult1Personnummer = "19800314-1234",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return Guid.Parse(registered.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task EndedPlacementAndWithdrawnRequest_ShowTheirReasons_ToThePlacingMemberAndStaff_NeverTheChildToStaff_NothingToOthers()
    {
        var tag = Unique();
        var kramfors = await OrganisationAsync("Kramfors kommun");
        using var staff = await app.SignInAsync(Staff);
        using var worker = await app.SignInAsync(KramforsWorker);
        using var timra = await app.SignInAsync(TimraWorker);
        var home = await RegisterHomeAsync(staff, kramfors, "FH-R" + tag);

        // A placement of long ago (it touches no period the other tests count), as registered by Kramfors.
        var childName = $"Wilma Skälsson{tag}";
        Guid placement;
        string childRef = "B-" + tag[..6].ToUpperInvariant();
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            var unit = await db.Set<MemberAgreementRecord>().Where(a => a.MemberId == kramfors).Select(a => a.UnitId).FirstAsync(Ct);
            // The home is approved long before the placement, as registering one would require: every later placement in
            // the unit is checked together with this one, so an invalid row here would refuse the other tests' placements.
            var record = await db.Set<FosterHomeRecord>().SingleAsync(h => h.Id == home, Ct);
            (record.StudyCompletedOn, record.StudyAssessment, record.StudyDecidedBy) = (new DateOnly(2000, 3, 1), "Lämplig", "Individutskottet");
            (record.TrainingCourse, record.TrainingSessions, record.TrainingCompletedOn) = ("Ett hem att växa i", 8, new DateOnly(2000, 3, 15));
            var next = await db.Set<FosterHomeStepRecord>().Where(x => x.HomeId == home).MaxAsync(x => x.Sequence, Ct);
            foreach (var (state, date) in new[] { (RecruitmentState.FirstContact, 20), (RecruitmentState.HomeStudy, 40), (RecruitmentState.Training, 60), (RecruitmentState.Approved, 90), (RecruitmentState.Available, 90) })
                db.Add(new FosterHomeStepRecord { Id = Guid.NewGuid(), HomeId = home, Sequence = ++next, State = state, Date = new DateOnly(2000, 1, 5).AddDays(date) });
            var row = new FosterPlacementRecord
            {
                Id = Guid.NewGuid(), UnitId = unit, MemberId = kramfors, HomeId = home, ChildRef = childRef, ChildName = childName, ChildPersonnummer = "19950203-4565",
                ChildBirthDate = new DateOnly(1995, 2, 3), Start = new DateOnly(2001, 2, 1), LegalBasis = LegalBasis.SoL, CreatedAt = DateTime.UtcNow,
            };
            db.Add(row);
            await db.SaveChangesAsync(Ct);
            placement = row.Id;
        }

        // A reason naming the child (a part of the name, any case) or carrying a personnummer is refused: the unit reads it too.
        foreach (var bad in new[] { $"skälsson{tag} flyttar hem", "Barnet 950203-4565 flyttar hem" })
        {
            var refused = await worker.PostAsJsonAsync($"/api/foster-care/placements/{placement}/end", new { end = "2001-03-31", reason = bad }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("without the child's name or personnummer", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var reason = $"Återförening med vårdnadshavare {tag}";
        Assert.Equal(HttpStatusCode.NoContent,
            (await worker.PostAsJsonAsync($"/api/foster-care/placements/{placement}/end", new { end = "2001-03-31", reason }, Ct)).StatusCode);

        // A request of Kramfors, withdrawn with its reason.
        var created = await worker.PostAsJsonAsync("/api/foster-care/requests", new
        {
            childBirthDate = "2015-06-01", siblings = 0, urgency = "Planned", fromDate = "2030-01-01", wantedType = "FamilyHome",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var request = created.Headers.Location!.OriginalString.Split('/')[^1];
        var withdrawnBad = await worker.PostAsJsonAsync($"/api/foster-care/requests/{request}/withdrawal", new { reason = "gäller 20150601-1234" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, withdrawnBad.StatusCode);
        var withdrawal = $"Barnet placeras hos släkting {tag}";
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/foster-care/requests/{request}/withdrawal", new { reason = withdrawal }, Ct)).StatusCode);

        // The placing member: the end, the reason and the child, in the API and on the pages.
        using (var json = JsonDocument.Parse(await worker.GetStringAsync("/api/foster-care/placements", Ct)))
        {
            var own = json.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == placement);
            Assert.Equal(("2001-03-31", reason, childName), (own.GetProperty("end").GetString(), own.GetProperty("endReason").GetString(), own.GetProperty("childName").GetString()));
        }
        var memberPage = WebUtility.HtmlDecode(await worker.GetStringAsync("/foster-care/placements?size=500", Ct));
        Assert.Contains("Varför den avslutades", memberPage, StringComparison.Ordinal);
        Assert.Contains(reason, memberPage, StringComparison.Ordinal);
        Assert.Contains("2001-03-31", memberPage, StringComparison.Ordinal);
        Assert.Contains(withdrawal, WebUtility.HtmlDecode(await worker.GetStringAsync("/foster-care/requests?size=500", Ct)), StringComparison.Ordinal);
        var requestPage = WebUtility.HtmlDecode(await worker.GetStringAsync($"/foster-care/requests/{request}", Ct));
        Assert.Contains("Varför den togs tillbaka", requestPage, StringComparison.Ordinal);
        Assert.Contains(withdrawal, requestPage, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(await worker.GetStringAsync($"/api/foster-care/requests/{request}", Ct)))
            Assert.Equal(withdrawal, json.RootElement.GetProperty("request").GetProperty("withdrawnReason").GetString());

        // The unit's staff: the reference, the end and the reason, never the child's name or personnummer.
        var staffPage = WebUtility.HtmlDecode(await staff.GetStringAsync("/foster-care/placements?size=500", Ct));
        var staffApi = await staff.GetStringAsync("/api/foster-care/placements", Ct);
        foreach (var body in new[] { staffPage, staffApi })
        {
            Assert.Contains(reason, body, StringComparison.Ordinal);
            Assert.Contains(childRef, body, StringComparison.Ordinal);
            Assert.DoesNotContain(childName, body, StringComparison.Ordinal);
            Assert.DoesNotContain("19950203-4565", body, StringComparison.Ordinal);
        }
        Assert.Contains(withdrawal, WebUtility.HtmlDecode(await staff.GetStringAsync($"/foster-care/requests/{request}", Ct)), StringComparison.Ordinal);
        Assert.Contains(withdrawal, await staff.GetStringAsync("/api/foster-care/requests", Ct), StringComparison.Ordinal);

        // Another member sees nothing of either: not the reason, not the reference.
        foreach (var url in new[] { "/foster-care/placements?size=500", "/api/foster-care/placements", "/foster-care/requests?size=500", "/api/foster-care/requests" })
        {
            var body = WebUtility.HtmlDecode(await timra.GetStringAsync(url, Ct));
            foreach (var secret in new[] { reason, withdrawal, childRef, childName })
                Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await timra.GetAsync($"/foster-care/requests/{request}", Ct)).StatusCode);
    }

    private static MultipartFormDataContent Upload(string? stepId, string fileName, byte[] bytes)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        if (stepId is not null) form.Add(new StringContent(stepId), "stepId");
        return form;
    }

    private async Task<int> DocumentsOnAsync(Guid step)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Set<FosterHomeStepDocumentRecord>().CountAsync(d => d.StepId == step, Ct);
    }

    [Fact]
    public async Task StepDocuments_OverTheApi_AreListedUploadedDownloadedAndDeletedByStaff_ContentChecked_Audited_MembersForbidden()
    {
        var tag = Unique();
        using var staff = await app.SignInAsync(Staff);
        var home = await RegisterHomeAsync(staff, await OrganisationAsync("Kramfors kommun"), "FH-A" + tag);
        Guid step, otherStep;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            step = await db.Set<FosterHomeStepRecord>().Where(x => x.HomeId == home).Select(x => x.Id).SingleAsync(Ct);
            otherStep = await db.Set<FosterHomeStepRecord>().Where(x => x.HomeId != home).Select(x => x.Id).FirstAsync(Ct);
        }
        var api = $"/api/foster-care/homes/{home}/documents";

        // Refused, each on its field, nothing written: content that is not a PDF, a step of another home, no step.
        var renamed = await staff.PostAsync(api, Upload(step.ToString(), $"intyg-{tag}.pdf", "MZ\u0090 renamed program"u8.ToArray()), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        using (var problem = JsonDocument.Parse(await renamed.Content.ReadAsStringAsync(Ct)))
            Assert.Equal(Samverka.Modules.Platform.UploadedFiles.ContentMismatch, problem.RootElement.GetProperty("errors").GetProperty("File")[0].GetString());
        var xlsx = await staff.PostAsync(api, Upload(step.ToString(), "budget.xlsx", "namn;belopp\n"u8.ToArray()), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, xlsx.StatusCode);
        var foreign = await staff.PostAsync(api, Upload(otherStep.ToString(), "referens.pdf", "%PDF-1.4 x"u8.ToArray()), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("\"StepId\"", await foreign.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync(api, Upload(null, "referens.pdf", "%PDF-1.4 x"u8.ToArray()), Ct)).StatusCode);
        Assert.Equal(0, await DocumentsOnAsync(step));

        // Uploaded, listed (for the home and for its step), downloaded as it was sent.
        var fileName = $"referens-{tag}.pdf";
        var bytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 referens " + tag);
        var created = await staff.PostAsync(api, Upload(step.ToString(), fileName, bytes), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var document = Guid.Parse(url.Split('/')[^1]);
        Assert.Equal($"{api}/{document}", url);
        foreach (var list in new[] { api, $"{api}?stepId={step}" })
        {
            using var json = JsonDocument.Parse(await staff.GetStringAsync(list, Ct));
            var item = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal((document, fileName, (long)bytes.Length, Staff), (item.GetProperty("id").GetGuid(), item.GetProperty("fileName").GetString(),
                item.GetProperty("size").GetInt64(), item.GetProperty("uploadedBy").GetString()));
        }
        using (var none = JsonDocument.Parse(await staff.GetStringAsync($"{api}?stepId={otherStep}", Ct)))
            Assert.Equal(0, none.RootElement.GetArrayLength());
        var download = await staff.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/foster-care/homes/{Guid.NewGuid()}/documents", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/foster-care/homes/{Guid.NewGuid()}/documents/{document}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.DeleteAsync($"/api/foster-care/homes/{Guid.NewGuid()}/documents/{document}", Ct)).StatusCode);

        // Members get 403 on every door and see nothing of it.
        foreach (var email in new[] { KramforsWorker, TimraWorker, "controller@samverka.demo" })
        {
            using var member = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(api, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync(api, Upload(step.ToString(), "x.pdf", bytes), Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.DeleteAsync(url, Ct)).StatusCode);
        }
        Assert.Equal(1, await DocumentsOnAsync(step));

        // Deleted: gone, and the audit log keeps the file name and who.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync(url, Ct)).StatusCode);
        Assert.Equal(0, await DocumentsOnAsync(step));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.DeleteAsync(url, Ct)).StatusCode);
        await using (var scope = app.CreateScope())
        {
            var deleted = await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().AuditEntries
                .SingleAsync(e => e.SubjectType == "FosterHomeStepDocument" && e.SubjectId == document.ToString() && e.Action == Samverka.Modules.Audit.AuditActions.Delete, Ct);
            Assert.Equal(Staff, deleted.UserName);
            Assert.Contains(fileName, deleted.Detail, StringComparison.Ordinal);
            Assert.Contains($"deleted by {Staff}", deleted.Detail, StringComparison.Ordinal);
        }

        // On the page: the refusal in Swedish, and deletion with its form.
        var token = SamverkaAppFixture.AntiforgeryToken(await staff.GetStringAsync($"/foster-care/homes/{home}", Ct));
        using (var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(step.ToString()), "document.StepId" },
            { new ByteArrayContent("PK\u0003\u0004"u8.ToArray()), "document.File", "intyg.pdf" },
        })
        {
            var page = await staff.PostAsync($"/foster-care/homes/{home}?handler=Document", form, Ct);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("filens innehåll stämmer inte med dess typ", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        }
        var again = await staff.PostAsync(api, Upload(step.ToString(), fileName, bytes), Ct);
        var second = Guid.Parse(again.Headers.Location!.OriginalString.Split('/')[^1]);
        var homePage = WebUtility.HtmlDecode(await staff.GetStringAsync($"/foster-care/homes/{home}", Ct));
        Assert.Contains($"Ta bort {fileName}", homePage, StringComparison.Ordinal);
        var removed = await SamverkaAppFixture.PostFormAsync(staff, $"/foster-care/homes/{home}?handler=DeleteDocument&documentId={second}", new Dictionary<string, string>(),
            formPage: $"/foster-care/homes/{home}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Dokumentet har tagits bort", await staff.GetStringAsync(removed.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal(0, await DocumentsOnAsync(step));
    }
}
