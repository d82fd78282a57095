using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Rules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

/// <summary>A rule set: its parameters and rate versions; the grant officer adds versions and changes those that have not paid money.</summary>
[Authorize(Policy = Policies.CompensationMunicipality)]
public sealed class RuleSetModel(ListRuleSets list, SaveRuleSet saveRuleSet, SaveRateVersion saveVersion, RuleSetFiles files) : PageModel
{
    public sealed class BandInput
    {
        public string? MinAge { get; set; }

        public string? MaxAge { get; set; }

        public string? Monthly { get; set; }
    }

    public ListRuleSets.RuleSetView RuleSet { get; private set; } = null!;

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)] public Guid? Version { get; set; }

    [BindProperty] public string? From { get; set; }

    [BindProperty] public string? Decision { get; set; }

    [BindProperty] public List<BandInput> Bands { get; set; } = [];

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public AgeRule? AgeRule { get; set; }

    [BindProperty] public string? AgeChangeMonth { get; set; }

    [BindProperty] public Proration? Proration { get; set; }

    [BindProperty] public string? TransitionMonths { get; set; }

    [BindProperty] public bool UsedForPayments { get; set; }

    public bool CanChange => CompensationAccess.CanManage(HttpContext.Actor());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var version = RuleSet.Versions.FirstOrDefault(v => v.Id == Version);
        From = version?.From;
        Decision = version?.Decision;
        Bands = (version?.Bands ?? RuleSet.Versions.LastOrDefault()?.Bands ?? [])
            .Select(b => new BandInput
            {
                MinAge = b.MinAge.ToString(CultureInfo.InvariantCulture), MaxAge = b.MaxAge?.ToString(CultureInfo.InvariantCulture),
                Monthly = version is null ? null : b.Monthly.ToString("0.00", CultureInfo.GetCultureInfo("sv-SE")),
            }).ToList();
        PadBands();
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await files.ExportAsync(id, HttpContext.Actor(), cancellationToken) is not { } file) return NotFound();
        var name = new string(file.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        return File(Encoding.UTF8.GetBytes(file.Json), "application/json", $"{name}.json");
    }

    public async Task<IActionResult> OnPostVersionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        ModelState.Clear();
        try
        {
            await saveVersion.HandleAsync(id, Version, new SaveRateVersion.Request(From, Decision, Bands.Select(b => (b.MinAge, b.MaxAge, b.Monthly)).ToList()),
                HttpContext.Actor(), cancellationToken);
            return Redirect($"/compensation/rules/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
            PadBands();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostSettingsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        ModelState.Clear();
        try
        {
            static int? Number(string? text) => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            await saveRuleSet.HandleAsync(id, new SaveRuleSet.Request(Name, AgeRule, Number(AgeChangeMonth), Proration, Number(TransitionMonths), UsedForPayments),
                HttpContext.Actor(), cancellationToken);
            return Redirect($"/compensation/rules/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
            PadBands();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    private void PadBands()
    {
        while (Bands.Count < 3) Bands.Add(new BandInput());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var ruleSet = await list.GetAsync(id, HttpContext.Actor(), cancellationToken);
        if (ruleSet is null) return false;
        RuleSet = ruleSet;
        return true;
    }
}
