using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samverka.Web.Localization;

namespace Samverka.Web.Forms;

/// <summary>One form field for the shared <c>_Field</c> partial: label, hint, the messages next to it (tied to the input
/// with <c>aria-describedby</c>), and the input itself (text, e-mail, select, or a group of checkboxes).</summary>
public sealed record FieldView(string Name, string Label, string? Value, IReadOnlyList<string> Errors)
{
    public string Id => Name.Replace('.', '_');

    public string Type { get; init; } = "text";

    public string? Hint { get; init; }

    public bool Required { get; init; }

    public string? Autocomplete { get; init; }

    /// <summary>For <c>select</c> and <c>checkboxes</c>: value and text of each choice.</summary>
    public IReadOnlyList<(string Value, string Text)> Options { get; init; } = [];

    /// <summary>For <c>checkboxes</c>: the values checked.</summary>
    public IReadOnlyCollection<string> Selected { get; init; } = [];

    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Errors.Count == 0 ? null : Id + "-error" }.Where(x => x is not null)) is { Length: > 0 } d ? d : null;

    /// <summary>A field with the (translated) messages the model state holds for it.</summary>
    public static FieldView For(ModelStateDictionary state, string name, string label, string? value) =>
        new(name, label, value, state.TryGetValue(name, out var entry) ? entry.Errors.Select(e => Text.TranslateMessage(e.ErrorMessage)).ToList() : []);
}
