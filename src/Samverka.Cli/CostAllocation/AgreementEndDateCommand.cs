using System.Globalization;
using Samverka.Kernel;
using Samverka.Rules.Agreements;

namespace Samverka.Cli.CostAllocation;

/// <summary><c>samverka agreement end-date</c>: the day a member agreement ends after notice, alone on a line
/// (../shared/specs/cost-allocation.md). <c>--explain</c> adds the Swedish derivation on the next line.</summary>
public static class AgreementEndDateCommand
{
    public static CliCommand Command { get; } = new(
        "agreement end-date",
        "agreement end-date --start 2019-01-01 --term-years 5 --notice-months 12 --renewal-years 5 --notice-date 2023-01-01 [--explain]",
        "Print the day a member agreement ends when notice is given on --notice-date (renewal 0 = rolling).",
        Run);

    private static async Task<int> Run(CliArgs args, CliContext context)
    {
        var start = args.RequiredDate("start");
        var term = args.RequiredInt("term-years");
        var notice = args.RequiredInt("notice-months");
        var renewal = args.RequiredInt("renewal-years");
        var noticeDate = args.RequiredDate("notice-date");
        var explain = args.Has("explain");
        args.RejectUnknown();

        AgreementEnd end;
        try
        {
            end = new MemberAgreement(start, term, notice, renewal).EndOnNotice(noticeDate);
        }
        catch (InputProblemsException e)
        {
            // The rule names its fields (notice_date); here they are options (--notice-date).
            throw new InputProblemsException(e.Problems
                .Select(p => p.Source == MemberAgreement.ProblemSource ? p with { Source = "(command line)", Field = "--" + p.Field.Replace('_', '-') } : p)
                .ToList());
        }
        await context.Out.WriteAsync(end.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n");
        if (explain) await context.Out.WriteAsync(end.Explanation + "\n");
        return ExitCodes.Ok;
    }
}
