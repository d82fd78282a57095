using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.FosterCare;
using Samverka.Modules.Organisations;
using Samverka.Rules.FosterCare;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

[Authorize(Policy = Policies.ManageFosterCare)]
public sealed class RegisterHomeModel(RegisterHome register, SamverkaDbContext db) : PageModel
{
    private static readonly string[] Names =
        ["Code", "Type", "MunicipalityId", "Address", "Places", "MinAge", "MaxAge", "AcceptsSiblings", "MaxSiblingGroup", "Languages", "Competences", "InquiryDate",
         "Adult1Name", "Adult1Personnummer", "Adult2Name", "Adult2Personnummer", "PayeeName", "PayeeAccountKind", "PayeeAccountNumber"];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["home.Code"] = Text.Translate("Code (e.g. FH-009)"), ["home.Type"] = Text.Translate("Type"), ["home.MunicipalityId"] = Text.Translate("Municipality"),
        ["home.Address"] = Text.Translate("Address"), ["home.Places"] = Text.Translate("Places"), ["home.MinAge"] = Text.Translate("Youngest age taken"),
        ["home.MaxAge"] = Text.Translate("Oldest age taken"), ["home.AcceptsSiblings"] = Text.Translate("Takes siblings"), ["home.MaxSiblingGroup"] = Text.Translate("Largest sibling group"),
        ["home.Languages"] = Text.Translate("Languages (comma-separated)"), ["home.Competences"] = Text.Translate("Competences (comma-separated)"),
        ["home.InquiryDate"] = Text.Translate("Inquiry received"), ["home.Adult1Name"] = Text.Translate("Adult 1: name"), ["home.Adult1Personnummer"] = Text.Translate("Adult 1: personnummer"),
        ["home.Adult2Name"] = Text.Translate("Adult 2: name"), ["home.Adult2Personnummer"] = Text.Translate("Adult 2: personnummer"),
        ["home.PayeeName"] = Text.Translate("Payee (the household's name as the bank shows it)"), ["home.PayeeAccountKind"] = Text.Translate("Account kind"),
        ["home.PayeeAccountNumber"] = Text.Translate("Account number"),
    };

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        string? F(string n) => Request.Form["home." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        int? I(string n) => int.TryParse(F(n), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        DateOnly? D(string n) => DateOnly.TryParseExact(F(n), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
        var request = new RegisterHome.Request(F("Code"), Enum.TryParse<HomeType>(F("Type"), out var t) ? t : null, Guid.TryParse(F("MunicipalityId"), out var m) ? m : null,
            F("Address"), I("Places"), I("MinAge"), I("MaxAge"), F("AcceptsSiblings") == "true", I("MaxSiblingGroup"), F("Languages"), F("Competences"), D("InquiryDate"),
            F("Adult1Name"), F("Adult1Personnummer"), F("Adult2Name"), F("Adult2Personnummer"),
            F("PayeeName"), Enum.TryParse<Modules.PaymentFiles.PaymentAccountKind>(F("PayeeAccountKind"), out var k) ? k : null, F("PayeeAccountNumber"));
        try
        {
            var id = await register.HandleAsync(request, HttpContext.Actor(), cancellationToken);
            return Redirect($"/foster-care/homes/{id}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "home");
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var municipalities = await db.Organisations.Where(o => o.Kind == OrganisationKind.Municipality).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        string? V(string n) => Request.HasFormContentType ? Request.Form["home." + n].ToString() : null;
        FieldView F(string n) => FieldView.For(ModelState, "home." + n, Labels["home." + n], V(n));
        var fields = new List<FieldView>();
        foreach (var n in Names)
        {
            var f = F(n) with { Required = n is "Code" or "Type" or "MunicipalityId" or "Address" or "Places" or "MinAge" or "MaxAge" or "InquiryDate" or "Adult1Name" or "Adult1Personnummer" };
            f = n switch
            {
                "Type" => f with { Type = "select", Options = [("", Text.Translate("Choose a type")), .. Enum.GetValues<HomeType>().Select(x => (x.ToString(), FosterCareView.Name(x)))] },
                "MunicipalityId" => f with { Type = "select", Options = [("", Text.Translate("Choose a municipality")), .. municipalities.Select(x => (x.Id.ToString(), x.Name))] },
                "AcceptsSiblings" => f with { Type = "select", Options = [("false", Text.Translate("No")), ("true", Text.Translate("Yes"))] },
                "InquiryDate" => f with { Type = "date" },
                "Places" or "MinAge" or "MaxAge" or "MaxSiblingGroup" => f with { Type = "number" },
                "Adult1Personnummer" or "Adult2Personnummer" => f with { Hint = Text.Translate("12 digits, e.g. 19800314-1234") },
                "PayeeName" => f with { Hint = Text.Translate("Optional: where the placing members pay the fees; it can be recorded later on the home's page.") },
                "PayeeAccountKind" => f with
                {
                    Type = "select",
                    Options = [("", Text.Translate("Choose")), ("Bankgiro", "Bankgiro"), ("Plusgiro", "Plusgiro"), ("Iban", "IBAN")],
                },
                _ => f,
            };
            fields.Add(f);
        }
        Fields = fields;
    }
}
