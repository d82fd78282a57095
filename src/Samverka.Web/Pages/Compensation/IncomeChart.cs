using System.Globalization;
using System.Text;

namespace Samverka.Web.Pages.Compensation;

/// <summary>A provider's monthly income under two rule sets as an SVG line chart, drawn on the server: <c>role="img"</c>
/// with a title and a description that say what it shows (the figures are also given as a table beside it).</summary>
public static class IncomeChart
{
    private const int Width = 640, Height = 220, Left = 80, Right = 16, Top = 16, Bottom = 36;

    public static string Svg(string id, string title, string description, IReadOnlyList<string> months, IReadOnlyList<decimal> a, IReadOnlyList<decimal> b)
    {
        var max = Math.Max(1m, Math.Max(a.DefaultIfEmpty().Max(), b.DefaultIfEmpty().Max()));
        var n = Math.Max(1, months.Count - 1);
        string X(int i) => (Left + (Width - Left - Right) * i / (double)n).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(decimal v) => (Top + (Height - Top - Bottom) * (double)(1 - v / max)).ToString("0.#", CultureInfo.InvariantCulture);
        string Points(IReadOnlyList<decimal> values) => string.Join(' ', values.Select((v, i) => $"{X(i)},{Y(v)}"));
        static string e(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"income-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" style=\"max-width:{Width}px\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{e(title)}</title><desc id=\"{id}-desc\">{e(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#505a5f\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#505a5f\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{e(new Kernel.Money(max).ToSwedishString())}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Height - Bottom}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">0</text>");
        if (months.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 12}\" font-size=\"12\" fill=\"#0b0c0c\">{e(months[0])}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 12}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{e(months[^1])}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\" points=\"{Points(a)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#d4351c\" stroke-width=\"3\" stroke-dasharray=\"8 5\" points=\"{Points(b)}\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
