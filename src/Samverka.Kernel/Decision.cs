namespace Samverka.Kernel;

/// <summary>A political decision (beslut) that adopted a rule, a parameter value or a grant: the authority every
/// amount can be traced back to.</summary>
/// <remarks>Immutable. <see cref="Body"/> and <see cref="Reference"/> must be non-blank; all text is trimmed.
/// The reference is how the minutes cite it and is what <see cref="ToString"/> shows.</remarks>
/// <param name="Body">The deciding body, for example "KS" (kommunstyrelsen) or "Socialnämnden".</param>
/// <param name="Date">The day the decision was taken (the meeting), not the day it takes effect.</param>
/// <param name="Reference">The citation, for example <c>KS 2007-06-14 § 98</c>.</param>
/// <param name="Title">What was decided, in a few words; may be empty.</param>
public sealed record Decision(string Body, DateOnly Date, string Reference, string Title)
{
    /// <summary>The deciding body, for example "KS" or "Socialnämnden".</summary>
    public string Body { get; } = NonBlank(Body, nameof(Body));

    /// <summary>The citation, for example <c>KS 2007-06-14 § 98</c>.</summary>
    public string Reference { get; } = NonBlank(Reference, nameof(Reference));

    /// <summary>What was decided, in a few words; may be empty.</summary>
    public string Title { get; } = (Title ?? throw new ArgumentNullException(nameof(Title))).Trim();

    /// <summary>The reference, for example <c>KS 2007-06-14 § 98</c>.</summary>
    public override string ToString() => Reference;

    private static string NonBlank(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? throw new ArgumentException($"A decision needs a {name.ToLowerInvariant()}.", name) : text.Trim();
}
