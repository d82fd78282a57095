using System.Globalization;
using Samverka.Web.Localization;

namespace Samverka.Web.Tests.Localization;

/// <summary>Runs the code of a test in a UI culture, as the request localisation does for a page.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    private UiCulture(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

    public static UiCulture Swedish() => new(Text.SwedishCulture);

    public static UiCulture English() => new(Text.EnglishCulture);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
