using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Samverka.Modules;
using Samverka.Modules.Grants.News;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Web.Forms;
using Samverka.Web.Localization;

namespace Samverka.Web.Pages.Grants.News;

/// <summary>What the grant news pages share: the subscription form and the body split into paragraphs.</summary>
public static class NewsForms
{
    public static async Task<IReadOnlyList<(string Value, string Text)>> MunicipalitiesAsync(SamverkaDbContext db, CancellationToken cancellationToken) =>
        (await db.OrganisationInfos().Where(o => o.Kind == OrganisationKind.Municipality).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
        .Select(o => (o.Id.ToString(), o.Name)).ToList();

    public static IReadOnlyList<FieldView> Subscription(ModelStateDictionary state, string prefix, SubscribeToGrantNews.Input input, IReadOnlyList<(string Value, string Text)> municipalities, bool withEmail) =>
    [
        FieldView.For(state, prefix + ".MunicipalityId", Text.Translate("News from"), input.MunicipalityId?.ToString()) with
        {
            Type = "select", Required = true, Options = [("", Text.Translate("Choose a municipality")), .. municipalities],
        },
        .. withEmail ? new[] { FieldView.For(state, prefix + ".Email", Text.Translate("E-mail address"), input.Email) with { Type = "email", Required = true, Autocomplete = "email" } } : [],
    ];

    public static IEnumerable<string> Paragraphs(string body) =>
        body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
