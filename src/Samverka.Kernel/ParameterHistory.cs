using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Samverka.Kernel;

/// <summary>One version of a rule parameter: the value that applies from a day on, and the decision that set it.</summary>
/// <remarks>The value stays in force until the next version in its <see cref="ParameterHistory{T}"/> takes effect.
/// <paramref name="EffectiveFrom"/> may lie before the decision's date (a retroactive decision).</remarks>
/// <param name="EffectiveFrom">The first day the value applies.</param>
/// <param name="Value">The value, in the history's unit.</param>
/// <param name="Decision">The decision that adopted the value.</param>
public sealed record DatedValue<T>(DateOnly EffectiveFrom, T Value, Decision Decision)
{
    /// <summary>The decision that adopted the value.</summary>
    public Decision Decision { get; } = Decision ?? throw new ArgumentNullException(nameof(Decision));
}

/// <summary>The history of a rule parameter (a rate, an age limit, a weight, a budget): dated values, each citing
/// the decision that set it, in an explicit unit.</summary>
/// <remarks>
/// <para>Immutable; values are kept ordered by <see cref="DatedValue{T}.EffectiveFrom"/> and no two take effect
/// on the same day. The value in force on a day is the latest one that took effect on or before it. Asking
/// before the first value fails (<see cref="ParameterNotInForceException"/>) rather than guessing.</para>
/// <para>A value that has paid money is never edited: a change is a new version, added with
/// <see cref="WithValue"/>. Mirrors OpenFisca parameters.</para>
/// </remarks>
public sealed class ParameterHistory<T>
{
    private readonly DatedValue<T>[] _values;

    /// <summary>Creates the history; the values may come in any order.</summary>
    /// <param name="name">What the parameter is, for people and messages, for example "Barnomsorgspeng, förskola 1-2 år".</param>
    /// <param name="unit">The unit of the values, for example "kr/månad", "år" or "andel".</param>
    /// <param name="values">The versions; may be empty.</param>
    /// <exception cref="ArgumentException">The name or unit is blank, or two values take effect on the same day.</exception>
    public ParameterHistory(string name, string unit, IEnumerable<DatedValue<T>> values)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A parameter needs a name.", nameof(name));
        if (string.IsNullOrWhiteSpace(unit)) throw new ArgumentException($"Parameter '{name}' needs a unit.", nameof(unit));
        ArgumentNullException.ThrowIfNull(values);
        Name = name.Trim();
        Unit = unit.Trim();
        _values = values.OrderBy(v => v.EffectiveFrom).ToArray();
        for (var i = 1; i < _values.Length; i++)
        {
            if (_values[i].EffectiveFrom == _values[i - 1].EffectiveFrom)
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Parameter '{Name}' has two values taking effect {_values[i].EffectiveFrom:yyyy-MM-dd} ") +
                    $"({_values[i - 1].Decision.Reference}; {_values[i].Decision.Reference}).", nameof(values));
        }
    }

    /// <summary>What the parameter is.</summary>
    public string Name { get; }

    /// <summary>The unit of the values, for example "kr/månad".</summary>
    public string Unit { get; }

    /// <summary>Every version, ordered by the day it takes effect.</summary>
    public IReadOnlyList<DatedValue<T>> Values => _values;

    /// <summary>The version in force on <paramref name="date"/>: the latest that took effect on or before it.</summary>
    /// <exception cref="ParameterNotInForceException"><paramref name="date"/> is before the first version.</exception>
    public DatedValue<T> ValueOn(DateOnly date) =>
        TryValueOn(date, out var value) ? value : throw new ParameterNotInForceException(Name, date, _values.Length > 0 ? _values[0].EffectiveFrom : null);

    /// <summary>The version in force on the first day of <paramref name="month"/>.</summary>
    /// <exception cref="ParameterNotInForceException">The month starts before the first version.</exception>
    public DatedValue<T> ValueIn(CalendarMonth month) => ValueOn(month.FirstDay);

    /// <summary>The version in force on <paramref name="date"/>, if any.</summary>
    public bool TryValueOn(DateOnly date, [NotNullWhen(true)] out DatedValue<T>? value)
    {
        // Binary search for the last version with EffectiveFrom <= date.
        int lo = 0, hi = _values.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (_values[mid].EffectiveFrom <= date) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        value = found >= 0 ? _values[found] : null;
        return value is not null;
    }

    /// <summary>A new history with <paramref name="value"/> added; this one is unchanged.</summary>
    /// <exception cref="ArgumentException">A value already takes effect on that day.</exception>
    public ParameterHistory<T> WithValue(DatedValue<T> value) => new(Name, Unit, _values.Append(value));

    /// <summary>The name and unit, for example <c>Barnomsorgspeng (kr/månad)</c>.</summary>
    public override string ToString() => $"{Name} ({Unit})";
}

/// <summary>A parameter was asked for its value on a day before its first version took effect.</summary>
public sealed class ParameterNotInForceException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="date">The day asked about.</param>
    /// <param name="firstEffectiveFrom">The day the first version takes effect, or null when there is none.</param>
    public ParameterNotInForceException(string parameter, DateOnly date, DateOnly? firstEffectiveFrom)
        : base(firstEffectiveFrom is { } first
            ? string.Create(CultureInfo.InvariantCulture, $"Parameter '{parameter}' has no value in force on {date:yyyy-MM-dd}: its first value takes effect {first:yyyy-MM-dd}.")
            : string.Create(CultureInfo.InvariantCulture, $"Parameter '{parameter}' has no value in force on {date:yyyy-MM-dd}: it has no values."))
    {
        Parameter = parameter;
        Date = date;
        FirstEffectiveFrom = firstEffectiveFrom;
    }

    /// <summary>The parameter's name.</summary>
    public string Parameter { get; }

    /// <summary>The day asked about.</summary>
    public DateOnly Date { get; }

    /// <summary>The day the first version takes effect, or null when there is none.</summary>
    public DateOnly? FirstEffectiveFrom { get; }
}
