using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Samverka.Web.Localization;

/// <summary>Every visible string goes through here: written in English in the code, shown in Swedish (the default)
/// or English (chosen with the language cookie). Translations are in <see cref="Swedish"/>.</summary>
public sealed class Text
{
    public static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");
    public static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Strings asked for in Swedish that have no translation (a test keeps this empty).</summary>
    public static ConcurrentDictionary<string, bool> Missing { get; } = new();

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The <c>lang</c> attribute of the page.</summary>
    public static string Language => IsEnglish ? "en" : "sv";

    public string this[string english] => Translate(english);

    /// <summary>A string with placeholders (<c>{0}</c>), translated and then filled in.</summary>
    public string this[string english, params object?[] args] => string.Format(CultureInfo.CurrentCulture, Translate(english), args);

    /// <summary>Messages asked for in Swedish that neither a translation nor a template matched (shown as written).
    /// Kept apart from <see cref="Missing"/>: a message may come from anywhere, a page's own strings may not.</summary>
    public static ConcurrentDictionary<string, bool> MissingMessages { get; } = new();

    /// <summary>A message that may carry values (from a use case or a file check): translated exactly when it is a
    /// known one, else by the most specific template it fills (see <see cref="MessageTemplates"/>), otherwise shown
    /// as written and recorded in <see cref="MissingMessages"/>.</summary>
    public static string TranslateMessage(string english)
    {
        if (IsEnglish) return english;
        if (MessageTemplates.TryTranslate(english, Swedish.Translations, MessageTemplates.All, out var sv)) return sv;
        MissingMessages.TryAdd(english, true);
        return english;
    }

    /// <summary>Messages a use case joined into one text (<c>"a; b"</c>), translated one by one. A message may
    /// itself contain the separator, so the longest runs of parts that translate are taken first; when the parts do
    /// not all translate, the text is treated as one message.</summary>
    public static string TranslateMessages(string joined, string separator = "; ")
    {
        if (IsEnglish) return joined;
        var parts = joined.Split(separator);
        var translated = new string?[parts.Length + 1]; // translated[i]: the Swedish of parts[..i], when they all translate
        translated[0] = "";
        for (var i = 0; i < parts.Length; i++)
        {
            if (translated[i] is not { } before) continue;
            for (var j = parts.Length; j > i; j--)
            {
                if (translated[j] is not null) continue;
                if (MessageTemplates.TryTranslate(string.Join(separator, parts[i..j]), Swedish.Translations, MessageTemplates.All, out var sv))
                    translated[j] = i == 0 ? sv : before + separator + sv;
            }
        }
        return translated[parts.Length] ?? TranslateMessage(joined);
    }

    public static string Translate(string english)
    {
        if (IsEnglish) return english;
        if (Swedish.Translations.TryGetValue(english, out var sv)) return sv;
        Missing.TryAdd(english, true);
        return english;
    }
}

public static class LocalizationSetup
{
    public static IServiceCollection AddSamverkaLocalization(this IServiceCollection services)
    {
        services.AddSingleton<Text>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Text.SwedishCulture);
            o.SupportedCultures = [Text.SwedishCulture, Text.EnglishCulture];
            o.SupportedUICultures = [Text.SwedishCulture, Text.EnglishCulture];
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }
}
