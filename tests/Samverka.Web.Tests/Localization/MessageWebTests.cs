using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Web.Localization;

namespace Samverka.Web.Tests.Localization;

/// <summary>Bad imports over real HTTP, in Swedish (the default): the problems are shown in Swedish with their values
/// (line, personnummer, date, kind) as written.</summary>
public abstract class MessageWebTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnrollmentImport_WithBadRows_ShowsTheProblemsInSwedishWithTheirValues()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var csv = "child_id;birth_date;provider_id;start_date;end_date;notice_date\n"
            + "20241301-1234;2024-03-01;769699-0014;2026-01-01;;\n"   // line 2: month 13 in a personnummer
            + "20240301-1235;2024-03-01;769699-0014;2026-01-01;;\n"   // line 3: a wrong check digit
            + "MSG-3;2024-03-01;769699-0014;2026-13-01;;\n"; // line 4: no such date
        var page = await client.GetStringAsync("/compensation/import", Ct);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SamverkaAppFixture.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "barn.csv" },
        };

        using var response = await client.PostAsync("/compensation/import", content, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = Table(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("<th scope=\"row\">2</th><td>child_id</td><td>'20241301-1234' ser ut som ett personnummer men är inte giltigt: månad 13 finns inte</td>", html);
        Assert.Contains("<th scope=\"row\">3</th><td>child_id</td><td>'20240301-1235' ser ut som ett personnummer men är inte giltigt: kontrollsiffran stämmer inte med de övriga siffrorna</td>", html);
        Assert.Contains("<th scope=\"row\">4</th><td>start_date</td><td>'2026-13-01' är inte ett datum på formen ÅÅÅÅ-MM-DD</td>", html);
        Assert.DoesNotContain("looks like a personnummer", html);
        Assert.DoesNotContain("is not a date", html);
        Assert.DoesNotContain("lang=\"en\"", html);
    }

    [Fact]
    public async Task OrganisationImport_WithBadRows_ShowsTheProblemsInSwedishWithTheirValues()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var csv = new StringBuilder()
            .AppendLine("Organisationsnummer;Namn;Typ;Värd")
            .AppendLine($"{TestNumbers.Organisation()};Okänd typ {Guid.NewGuid():N};Bolag;")
            .AppendLine($"{TestNumbers.Organisation()};Med värd {Guid.NewGuid():N};Förening;000000-0000")
            .ToString();
        var page = await client.GetStringAsync("/organisations/import", Ct);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SamverkaAppFixture.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "organisationer.csv" },
        };

        using var response = await client.PostAsync("/organisations/import", content, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = Table(await response.Content.ReadAsStringAsync(Ct));
        Assert.Matches("<th scope=\"row\">2</th><td>Typ</td><td>'Bolag' är inte en typ \\(någon av: [^)]*Förening[^)]*\\)</td>", html);
        Assert.Contains("<th scope=\"row\">3</th><td>Värd</td><td>bara en gemensam organisation har värd</td>", html);
        Assert.DoesNotContain("is not a kind", html);
        Assert.DoesNotContain(Text.MissingMessages.Keys, k => k.Contains("Bolag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GrantsPages_InSwedish_MarkNothingAsEnglishButTheLanguageButton()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var demo = await db.GrantProgrammeYears.Where(y => y.Programme!.Key == Samverka.Modules.Grants.GrantsDemoData.ProgrammeKey)
            .Select(y => new { y.Id, y.ProgrammeId }).SingleAsync(Ct);
        var (year, programme) = (demo.Id, demo.ProgrammeId);
        var applications = await db.GrantApplications.Where(a => a.ProgrammeYearId == year).Select(a => a.Id).ToListAsync(Ct);
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        foreach (var path in applications.Select(a => $"/grants/applications/{a}").Append($"/grants/years/{year}/proposal").Append($"/grants/programmes/{programme}/payments"))
        {
            var html = await officer.GetStringAsync(path, Ct);
            Assert.Equal(1, html.Split("lang=\"en\"").Length - 1); // <button ... value="en-GB" lang="en">English</button>
            Assert.DoesNotContain("not scored yet", html);
        }
    }

    /// <summary>The problems table of a page, decoded (a quote is written &amp;#x27;).</summary>
    private static string Table(string html)
    {
        var start = html.IndexOf("<table class=\"data-table problems\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no problems table in:\n" + html);
        return WebUtility.HtmlDecode(html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)]);
    }
}
