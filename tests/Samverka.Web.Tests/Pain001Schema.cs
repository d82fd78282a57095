namespace Samverka.Web.Tests;

/// <summary>Asserts that a pain.001.001.03 file is valid by the ISO 20022 schema (skipped where xmllint is missing).</summary>
public static class Pain001Schema
{
    public static async Task ValidateAsync(byte[] file, CancellationToken cancellationToken)
    {
        Assert.SkipWhen(Testing.Pain001Schema.UnavailableReason is not null, Testing.Pain001Schema.UnavailableReason ?? "");
        var errors = await Testing.Pain001Schema.ErrorsAsync(file, cancellationToken);
        Assert.True(errors is null, errors);
    }
}
